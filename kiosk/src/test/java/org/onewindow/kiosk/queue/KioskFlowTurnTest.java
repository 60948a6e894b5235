package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperWidth;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MutableClock;

/**
 * The queue kiosk's flow with its turn rules, in plain JUnit: everything on the test's thread, a
 * desk in memory and a clock the test moves. What the screen would show is {@code flow.current()}.
 */
class KioskFlowTurnTest {

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

    private KioskFlow flow() {
        if (flow == null) {
            flow = new KioskFlow(HALL, desk, new SimulatedPrinter(dir, PaperWidth.MM80), (part, state, words) -> { },
                    clock, Runnable::run, Runnable::run,
                    new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(5), 65),
                    "http://127.0.0.1/api/halls", screen -> { });
            flow.start();
        }
        return flow;
    }

    private void seconds(long s) {
        clock.advance(Duration.ofSeconds(s));
        flow().tick();
    }

    private String homeName() {
        return ((Screen.Home) flow().current()).identifiedAs();
    }

    @Test
    void aCardLiftedAndLeftOnTheHomeScreenIsForgottenBeforeTheNextPersonTaps() {
        flow().cardRead(SampleCards.ADULT);
        assertThat(homeName()).isEqualTo("李*");
        flow().cardLifted();
        seconds(6);
        assertThat(homeName()).isEmpty();

        seconds(74);
        flow().chooseArea("market");

        assertThat(flow().current()).isInstanceOf(Screen.Identify.class);
        assertThat(desk.requests).isEmpty();
    }

    @Test
    void aCardLeftLyingOnTheHomeScreenGoesAtTheIdleTimeout() {
        flow().cardRead(SampleCards.ADULT);
        seconds(29);
        assertThat(homeName()).isEqualTo("李*");
        assertThat(flow().tick()).isEqualTo(1);

        seconds(1);
        assertThat(homeName()).isEmpty();
        assertThat(flow().atRest()).isTrue();
    }

    @Test
    void theTicketIssuedForACardIsTheLastThingThatCardDoes() {
        flow().cardRead(SampleCards.ADULT);
        flow().chooseArea("market");
        assertThat(desk.requests).hasSize(1);
        assertThat(desk.requests.get(0).identity().name()).isEqualTo("李明");
        assertThat(flow().current()).isInstanceOf(Screen.Issued.class);

        flow().home();
        flow().chooseArea("market");
        assertThat(flow().current()).isInstanceOf(Screen.Identify.class);
        flow().withoutIdCard();
        assertThat(desk.requests.get(1).identity()).isNull();
    }

    @Test
    void anotherCardLaidIsTheIdentityFromThenOn() {
        flow().cardRead(SampleCards.ELDERLY);
        flow().cardRead(SampleCards.ADULT);
        flow().chooseArea("market");

        assertThat(desk.requests.get(0).identity().name()).isEqualTo("李明");
        assertThat(flow().elderly()).isFalse();
    }

    @Test
    void anElderlyCardBringsElderlyModeForItsTurnWithTheLongerTimeout() {
        flow().cardRead(SampleCards.ELDERLY);
        assertThat(flow().elderly()).isTrue();
        flow().chooseArea("market");
        assertThat(flow().current()).isInstanceOf(Screen.Issued.class);

        seconds(45);
        assertThat(flow().current()).as("still reading the ticket at 45 s").isInstanceOf(Screen.Issued.class);
        seconds(15);
        assertThat(flow().current()).isInstanceOf(Screen.Home.class);
        assertThat(flow().elderly()).isFalse();
    }

    @Test
    void elderlyModeChosenOnTheHomeScreenEndsWithTheTurn() {
        flow().toggleElderly();
        assertThat(flow().elderly()).isTrue();
        assertThat(flow().atRest()).as("a turn has begun").isFalse();

        seconds(60);
        assertThat(flow().elderly()).isFalse();
        assertThat(flow().atRest()).isTrue();
    }

    @Test
    void aDeadReaderIsNotOffered() {
        flow().readerWorking(false);
        assertThat(((Screen.Home) flow().current()).readerWorking()).isFalse();
        flow().chooseArea("market");
        assertThat(((Screen.Identify) flow().current()).readerWorking()).isFalse();

        flow().readerWorking(true);
        assertThat(((Screen.Identify) flow().current()).readerWorking()).isTrue();
    }
}
