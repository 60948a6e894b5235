package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.TcpProxy;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The number keypad on the ticket screen (到号短信提醒), headless, against the real queue server: the
 * number reaches the server (seen by the texts its simulated gateway takes when the queue moves),
 * a short or invalid one is refused in plain words and sends nothing, a network failure offers a
 * retry, elderly mode assumes a family member's number, and the idle countdown forgets the number.
 */
class NumberKeypadFlowsTest extends KioskAgainstServer {

    private KioskUnderTest kiosk(String serverUrl, Duration idle) throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.config(serverUrl, server.mqttUrl(), dir, idle));
        return k;
    }

    private TicketView ticketWithoutId(String area) {
        k.tap("#area-" + area);
        k.tap("#no-item");
        k.tap("#no-id");
        k.awaitNode("#take-ticket");
        return ((Screen.Issued) k.kiosk.flow().current()).ticket();
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            k.tap("#key-" + c);
        }
    }

    /** A key of a USB keypad, as the scene hears it. */
    private void typeOnKeyboard(String character) {
        k.robot.interact(() -> k.kiosk.root().fireEvent(
                new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false)));
    }

    private Screen.LeaveNumber keypad() {
        return (Screen.LeaveNumber) k.kiosk.flow().current();
    }

    @Test
    void aNumberTypedOnTheKeypadIsLeftForTheTicketAndTextedWhenThreeAreAhead() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.manager().issueTicket(new IssueTicketRequest("ahead-" + i, "invest", null, null, null, null));
        }
        kiosk(server.url(), Duration.ofSeconds(30));
        TicketView ticket = ticketWithoutId("invest");
        assertThat(ticket.peopleAhead()).isEqualTo(4);

        k.tap("#leave-number");
        assertThat(k.text("#number-display")).isEqualTo("请输入手机号码");
        assertThat(keypad().family()).isFalse();
        type("1381234567");
        typeOnKeyboard("8");
        typeOnKeyboard("9"); // a twelfth digit is not taken
        assertThat(k.text("#number-display")).isEqualTo("138 1234 5678");
        assertThat(keypad().digits()).isEqualTo("13812345678");
        assertThat(keypad().toString()).doesNotContain("13812345678").doesNotContain("5678");
        k.tap("#number-send");

        assertThat(k.text("#number-left-text")).isEqualTo("我们将在前面还有 3 位时发短信到 138****5678");
        HallRestDriver clerk = server.clerk("clerk01");
        clerk.signIn("1");
        clerk.callNext("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> !server.textsSentTo("13812345678").isEmpty());
        assertThat(server.textsSentTo("13812345678")).singleElement().asString()
                .startsWith("NEAR").contains("您的号码 " + ticket.number() + " 前面还有 3 位");
    }

    @Test
    void aShortOrInvalidNumberIsRefusedWithTheMessageAndNothingIsLeft() throws Exception {
        kiosk(server.url(), Duration.ofSeconds(30));
        TicketView ticket = ticketWithoutId("police");
        k.tap("#leave-number");

        type("13812");
        k.tap("#number-send");
        assertThat(k.text("#number-problem")).isEqualTo("请输入 11 位手机号码");
        assertThat(keypad().digits()).isEqualTo("13812");
        k.tap("#key-delete");
        assertThat(k.text("#number-display")).isEqualTo("138 1");
        // Eleven digits, but no mainland mobile number: the server's 400, the same words.
        k.tap("#key-clear");
        type("12012345678");
        k.tap("#number-send");
        assertThat(k.text("#number-problem")).isEqualTo("请输入 11 位手机号码");
        assertThat(keypad().digits()).isEqualTo("12012345678");

        k.tap("#number-back");
        k.awaitNode("#take-ticket");
        HallRestDriver clerk = server.clerk("clerk08");
        clerk.signIn("8");
        assertThat(clerk.callNext("8")).map(TicketView::number).contains(ticket.number());
        // Called, and no text about it to any number: none was left.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> server.textsAbout(ticket.ticketId()).isEmpty());
    }

    @Test
    void aNetworkFailureOffersToTryAgainOrGoOnWithout() throws Exception {
        try (TcpProxy cable = new TcpProxy(server.port())) {
            kiosk("http://127.0.0.1:" + cable.port(), Duration.ofSeconds(60));
            TicketView ticket = ticketWithoutId("market");
            k.tap("#leave-number");
            type("13900001111");
            cable.cut();
            k.tap("#number-send");
            assertThat(k.text("#number-problem")).isEqualTo("网络暂时不通，短信提醒没有登记。可以再试一次，或者不用了");
            k.awaitNode("#number-skip");
            assertThat(keypad().digits()).isEqualTo("13900001111");

            cable.restore();
            k.tap("#number-send");
            assertThat(k.text("#number-left-text")).contains("139****1111");
            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            assertThat(clerk.callNext("5")).map(TicketView::number).contains(ticket.number());
            await().atMost(Duration.ofSeconds(10)).until(() -> server.textsSentTo("13900001111").stream()
                    .anyMatch(t -> t.startsWith("CALLED") && t.contains(ticket.number())));
        }
    }

    @Test
    void elderlyModeAssumesAFamilyNumberAndTheIdleCountdownForgetsTheNumber() throws Exception {
        kiosk(server.url(), Duration.ofSeconds(2));
        k.tap("#elderly-toggle");
        ticketWithoutId("tax");
        k.tap("#leave-number");

        assertThat(keypad().family()).isTrue();
        assertThat(k.text("#number-family")).isEqualTo("✓ 这是家人的手机号");
        k.tap("#number-family");
        assertThat(keypad().family()).isFalse();
        k.tap("#number-family");
        type("1390000");

        // Elderly mode's idle time (twice the standard here) ends the turn: home, the digits gone.
        k.awaitScreen(Screen.Home.class, Duration.ofSeconds(10));
        assertThat(k.kiosk.flow().elderly()).isFalse();
        k.robot.interact(() -> k.kiosk.flow().keypad().digit('1'));
        assertThat(k.kiosk.flow().current()).isInstanceOf(Screen.Home.class);
    }
}
