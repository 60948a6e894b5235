package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.printer.PaperWidth;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MutableClock;

/** The number keypad's rules in plain JUnit: everything on the test's thread, a desk in memory, a clock the test moves. */
class NumberKeypadTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final HallView.Area MARKET = new HallView.Area("market", "市场监管（企业开办）", "Market regulation", "B",
            "市场监管局", List.of());
    private static final HallView HALL = new HallView("linxia", "临夏州政务服务中心", "Linxia", ZONE.getId(), "00:00", "23:59",
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), List.of(MARKET),
            List.of(), List.of(), 65, false, List.of(), List.of());

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"), ZONE);
    private final DeskTwin desk = new DeskTwin();
    private KioskFlow flow;

    private NumberKeypad keypadOverATicket() {
        flow = new KioskFlow(HALL, desk, new SimulatedPrinter(dir, PaperWidth.MM80), (part, state, words) -> { },
                clock, Runnable::run, Runnable::run,
                new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(5), 65),
                "http://127.0.0.1/api/halls", screen -> { });
        flow.start();
        flow.chooseArea("market");
        flow.withoutIdCard();
        assertThat(flow.current()).isInstanceOf(Screen.Issued.class);
        flow.keypad().open();
        return flow.keypad();
    }

    private Screen.LeaveNumber shown() {
        return (Screen.LeaveNumber) flow.current();
    }

    private static void type(NumberKeypad keypad, String keys) {
        keys.chars().forEach(c -> keypad.digit((char) c));
    }

    @Test
    void theKeysTakeElevenDigitsAtMostAndDeleteAndClearThem() {
        NumberKeypad keypad = keypadOverATicket();
        type(keypad, "138123456789x");
        assertThat(shown().digits()).isEqualTo("13812345678");
        assertThat(NumberKeypad.grouped(shown().digits())).isEqualTo("138 1234 5678");
        keypad.delete();
        assertThat(shown().digits()).isEqualTo("1381234567");
        keypad.clear();
        assertThat(shown().digits()).isEmpty();
        keypad.delete();
        assertThat(shown().digits()).isEmpty();
    }

    @Test
    void aShortNumberIsRefusedHereAndNothingIsSent() {
        NumberKeypad keypad = keypadOverATicket();
        type(keypad, "1381234567");
        keypad.send();
        assertThat(shown().problemKey()).isEqualTo("number.invalid");
        assertThat(desk.numbers).isEmpty();
        // Typing again clears the message.
        type(keypad, "8");
        assertThat(shown().problemKey()).isEmpty();
    }

    @Test
    void elevenDigitsAreSentWithTheFamilyToggleAndTheTicketsCode() {
        NumberKeypad keypad = keypadOverATicket();
        assertThat(shown().family()).isFalse();
        keypad.toggleFamily();
        type(keypad, "13812345678");
        keypad.send();
        assertThat(desk.numbers).singleElement().satisfies(r -> {
            assertThat(r.mobile()).isEqualTo("13812345678");
            assertThat(r.family()).isTrue();
        });
        assertThat(flow.current()).isEqualTo(new Screen.NumberLeft("138****5678", true, 3, 0));
    }

    @Test
    void aTicketNoLongerWaitingAndAnUnreachableServerAreToldApart() {
        NumberKeypad keypad = keypadOverATicket();
        type(keypad, "13812345678");
        desk.refuseNumbers = new HallApiException(409, new ApiError(409, "NOT_WAITING", "called", null), null);
        keypad.send();
        assertThat(shown().problemKey()).isEqualTo("number.not-waiting");
        assertThat(shown().offerSkip()).isFalse();
        desk.refuseNumbers = new HallApiException(0, null, null);
        keypad.send();
        assertThat(shown().problemKey()).isEqualTo("number.unreachable");
        assertThat(shown().offerSkip()).isTrue();
        assertThat(shown().digits()).isEqualTo("13812345678");
    }

    @Test
    void theIdleCountdownEndsTheTurnAndTheNumberWithIt() {
        NumberKeypad keypad = keypadOverATicket();
        type(keypad, "1381234");
        clock.advance(Duration.ofSeconds(31));
        flow.tick();
        assertThat(flow.current()).isInstanceOf(Screen.Home.class);
        type(keypad, "5");
        assertThat(flow.current()).isInstanceOf(Screen.Home.class);
    }

    @Test
    void backReturnsToTheTicketWithoutTheNumber() {
        NumberKeypad keypad = keypadOverATicket();
        Screen.Issued ticket = shown().issued();
        type(keypad, "138");
        keypad.back();
        assertThat(flow.current()).isSameAs(ticket);
        keypad.open();
        assertThat(shown().digits()).isEmpty();
    }
}
