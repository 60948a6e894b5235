package org.onewindow.kiosk.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.device.printer.QrDecoding;
import org.onewindow.kiosk.testsupport.TcpProxy;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.TicketView;

/**
 * The 24-hour terminal's flows end to end, headless (TestFX on Monocle): the kiosk in terminal mode
 * with simulated devices (its locker is the real driver on a board twin), the real queue server
 * on its embedded Redis and broker. The terminal's server address leads nowhere: everything it
 * does goes over MQTT.
 */
class TerminalFlowsTest extends TerminalEndToEnd {

    /** No appointment of the demo's own: the server books some for 李明 and 王芳 at start. */
    private static final IdCard ZHOU = card("周杰", "622901199212120033");

    @Test
    void aBookingOnTheNextOpenDaysPrintsItsCheckInCode() throws Exception {
        terminal(server.mqttUrl());
        k.swipe(ZHOU);
        k.tap("#menu-book");
        k.tap("#book-area-social");
        k.awaitTerminal(TerminalScreen.BookSlot.class, Duration.ofSeconds(10));
        var slots = ((TerminalScreen.BookSlot) k.kiosk.terminal().current()).slots();
        assertThat(slots).isNotEmpty().allSatisfy(s -> assertThat(LocalDate.parse(s.date())).isAfter(LocalDate.now()));
        var first = slots.get(0);
        k.tap("#slot-" + first.date() + "-" + first.start().replace(":", ""));
        k.awaitTerminal(TerminalScreen.Booked.class, Duration.ofSeconds(10));
        assertThat(k.text("#booked-printed")).contains("请取走预约凭证");

        Path slip = k.kiosk.devices().simulatedPrinter().lastTicket();
        assertThat(slip.getFileName().toString()).contains("appointment-");
        String code = QrDecoding.decode(ImageIO.read(slip.toFile()));
        var appointment = ((TerminalScreen.Booked) k.kiosk.terminal().current()).appointment();
        assertThat(code).isEqualTo(appointment.code()).startsWith("OWA1.");

        // A lost slip is printed again with the same code; then the appointment is cancelled.
        k.tap("#terminal-menu");
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        assertThat(((TerminalScreen.Menu) k.kiosk.terminal().current()).appointments()).isEqualTo(1);
        k.tap("#menu-appointments");
        k.tap("#reprint-" + appointment.id());
        k.awaitTerminal(TerminalScreen.Booked.class, Duration.ofSeconds(10));
        Path again = k.kiosk.devices().simulatedPrinter().lastTicket();
        assertThat(QrDecoding.decode(ImageIO.read(again.toFile()))).isEqualTo(appointment.code());
        k.tap("#terminal-menu");
        k.tap("#menu-appointments");
        k.tap("#cancel-" + appointment.id());
        k.tap("#confirm-cancel");
        k.awaitTerminal(TerminalScreen.Notice.class, Duration.ofSeconds(10));
        assertThat(k.text("#terminal-notice")).contains("已取消");
        k.tap("#terminal-menu");
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        assertThat(((TerminalScreen.Menu) k.kiosk.terminal().current()).appointments()).isZero();
    }

    @Test
    void anyoneCanPrintAChecklistAndAPrinterWithoutPaperShowsItInstead() throws Exception {
        terminal(server.mqttUrl());
        k.tap("#terminal-checklist");
        k.tap("#checklist-area-estate");
        String item = server.manager().hall().items().stream().filter(i -> i.areaId().equals("estate")).findFirst()
                .orElseThrow().code();
        k.tap("#checklist-item-" + item);
        k.awaitTerminal(TerminalScreen.ChecklistPrinted.class, Duration.ofSeconds(10));
        assertThat(k.text("#checklist-printed")).isEqualTo("请取走材料清单");
        Path printed = k.kiosk.devices().simulatedPrinter().lastTicket();
        assertThat(printed.getFileName().toString()).endsWith("checklist-" + item + ".png");
        assertThat(Files.size(printed)).isPositive();

        k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OUT);
        k.tap("#terminal-home");
        k.tap("#terminal-checklist");
        k.tap("#checklist-area-estate");
        k.tap("#checklist-item-" + item);
        k.awaitTerminal(TerminalScreen.ChecklistPrinted.class, Duration.ofSeconds(10));
        assertThat(k.text("#checklist-not-printed")).contains("缺纸");
        assertThat(k.robot.lookup("#checklist-materials .material").queryAll()).isNotEmpty();
    }

    @Test
    void theServiceIsRatedOnceWithTheIdCard() throws Exception {
        TicketView ticket = staff.served(SampleCards.ELDERLY, "tax", "20", "clerk03", "SERVED");
        terminal(server.mqttUrl());
        k.swipe(SampleCards.ELDERLY);
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        assertThat(((TerminalScreen.Menu) k.kiosk.terminal().current()).toRate()).isEqualTo(1);

        k.tap("#menu-rate");
        k.tap("#rate-" + ticket.ticketId());
        k.tap("#level-DISSATISFIED");
        k.awaitNode("#reason-LONG_WAIT");
        assertThat(k.robot.lookup("#rate-submit").queryButton().isDisabled()).isTrue();
        k.tap("#reason-LONG_WAIT");
        k.tap("#rate-submit");
        k.awaitTerminal(TerminalScreen.Notice.class, Duration.ofSeconds(10));
        assertThat(k.text("#terminal-notice")).contains("感谢您的评价");

        RatingView rating = server.manager().ratings().stream().filter(r -> r.ticketId().equals(ticket.ticketId())).findFirst()
                .orElseThrow();
        assertThat(rating.channel()).isEqualTo("TERMINAL");
        assertThat(rating.level()).isEqualTo("DISSATISFIED");
        assertThat(rating.reasons()).containsExactly("LONG_WAIT");
        k.tap("#terminal-menu");
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        assertThat(((TerminalScreen.Menu) k.kiosk.terminal().current()).toRate()).isZero();
    }

    @Test
    void withoutAnAnswerTheCitizenIsToldPlainlyAndTheCardIsForgotten() throws Exception {
        int brokerPort = Integer.parseInt(server.mqttUrl().substring(server.mqttUrl().lastIndexOf(':') + 1));
        try (TcpProxy cable = new TcpProxy(brokerPort)) {
            terminal("tcp://127.0.0.1:" + cable.port());
            cable.cut();
            k.swipe(SampleCards.ADULT);
            k.awaitTerminal(TerminalScreen.Notice.class, Duration.ofSeconds(TerminalLink.ANSWER_TIMEOUT.toSeconds() + 5));
            assertThat(k.text("#terminal-notice")).contains("暂时无法连接服务中心");
            k.tap("#terminal-home");
            k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(5));
            assertThat(k.kiosk.terminal().identified()).isFalse();
            cable.restore();
        }
    }
}
