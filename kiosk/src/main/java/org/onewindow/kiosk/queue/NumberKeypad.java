package org.onewindow.kiosk.queue;

import java.util.concurrent.Executor;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;

/**
 * The on-screen keypad where a citizen leaves a mobile number for the ticket's near-turn texts
 * (到号短信提醒). Its keys run on the UI thread; the number is sent on the background executor. The
 * number lives only in the screen shown and in the one request in flight: going home (by hand or by
 * the idle countdown) drops both, and it is never logged.
 */
public final class NumberKeypad {

    /** A mainland mobile number's length; the server checks the rest (13–19) and says 400. */
    static final int DIGITS = 11;

    /** What the keypad needs of the flow around it. */
    interface Flow {
        Object current();

        void show(Screen screen);

        void touched();

        boolean elderly();
    }

    private final TicketDesk server;
    private final Executor ui;
    private final Executor background;
    private final Flow flow;
    /** The keypad as it was when 确定 was pressed, while its request is in flight; null otherwise. */
    private Screen.LeaveNumber sending;

    NumberKeypad(TicketDesk server, Executor ui, Executor background, Flow flow) {
        this.server = server;
        this.ui = ui;
        this.background = background;
        this.flow = flow;
    }

    /** From the ticket screen: the keypad, empty; a family member's number by default in elderly mode. */
    public void open() {
        flow.touched();
        if (flow.current() instanceof Screen.Issued s && canLeaveNumber(s)) {
            flow.show(new Screen.LeaveNumber(s, "", flow.elderly(), "", false));
        }
    }

    /** Whether the ticket on screen can still be followed by text: it waits and has a tracking code. */
    public static boolean canLeaveNumber(Screen.Issued s) {
        return "WAITING".equals(s.ticket().status()) && s.ticket().trackingCode() != null
                && !s.ticket().trackingCode().isEmpty();
    }

    /** A digit key, on screen or on a USB keypad; a twelfth digit is ignored. */
    public void digit(char digit) {
        if (digit < '0' || digit > '9') {
            return;
        }
        keypad(s -> s.digits().length() >= DIGITS ? s : with(s, s.digits() + digit));
    }

    /** 删除: the last digit. */
    public void delete() {
        keypad(s -> s.digits().isEmpty() ? s : with(s, s.digits().substring(0, s.digits().length() - 1)));
    }

    /** 清空: every digit. */
    public void clear() {
        keypad(s -> with(s, ""));
    }

    /** The toggle "这是家人的手机号". */
    public void toggleFamily() {
        keypad(s -> new Screen.LeaveNumber(s.issued(), s.digits(), !s.family(), s.problemKey(), s.offerSkip()));
    }

    /** 返回: back to the ticket, the number forgotten. */
    public void back() {
        flow.touched();
        if (flow.current() instanceof Screen.LeaveNumber s) {
            flow.show(s.issued());
        }
    }

    /** 确定: a number of 11 digits is sent; a shorter one is refused here and nothing is sent. */
    public void send() {
        flow.touched();
        if (!(flow.current() instanceof Screen.LeaveNumber s)) {
            return;
        }
        if (s.digits().length() != DIGITS) {
            flow.show(problem(s, "number.invalid", false));
            return;
        }
        sending = s;
        flow.show(new Screen.Working("working.number"));
        NearTurnNoticeRequest request = new NearTurnNoticeRequest(s.digits(), s.family());
        String code = s.issued().ticket().trackingCode();
        background.execute(() -> {
            try {
                NearTurnNoticeView left = server.leaveNumber(code, request);
                ui.execute(() -> answered(s, new Screen.NumberLeft(left.mobile(), left.family(), left.aheadAt(),
                        left.peopleAhead())));
            } catch (HallApiException e) {
                ui.execute(() -> answered(s, refusal(s, e)));
            } catch (RuntimeException e) {
                ui.execute(() -> answered(s, problem(s, "number.unreachable", true)));
            }
        });
    }

    /** The citizen's turn ended: an answer still to come is dropped with the number it carried. */
    void giveUp() {
        sending = null;
    }

    private void answered(Screen.LeaveNumber sent, Screen next) {
        if (sending == sent) {
            sending = null;
            flow.touched();
            flow.show(next);
        }
    }

    private static Screen refusal(Screen.LeaveNumber s, HallApiException e) {
        if (e.unreachable() || e.status() >= 500) {
            return problem(s, "number.unreachable", true);
        } else if (e.status() == 400) {
            return problem(s, "number.invalid", false);
        }
        // 404 or 409: the ticket is no longer in the queue (called meanwhile, or cancelled).
        return problem(s, "number.not-waiting", false);
    }

    private void keypad(java.util.function.UnaryOperator<Screen.LeaveNumber> key) {
        flow.touched();
        if (flow.current() instanceof Screen.LeaveNumber s) {
            Screen.LeaveNumber next = key.apply(s);
            if (next != s) {
                flow.show(next);
            }
        }
    }

    /** Typing starts afresh: the last problem is no longer shown. */
    private static Screen.LeaveNumber with(Screen.LeaveNumber s, String digits) {
        return new Screen.LeaveNumber(s.issued(), digits, s.family(), "", false);
    }

    private static Screen.LeaveNumber problem(Screen.LeaveNumber s, String key, boolean offerSkip) {
        return new Screen.LeaveNumber(s.issued(), s.digits(), s.family(), key, offerSkip);
    }

    /** 138 1234 5678: the number as it is read aloud and written, in groups of 3, 4 and 4. */
    public static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 3 || i == 7) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
