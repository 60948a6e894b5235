package org.onewindow.protocol.message;

/**
 * The words every screen, ticket and answer uses where no window serves an area now (no window
 * signed in and unpaused for it, tidal windows opened for it included): the kiosk's tile and
 * ticket, the printed ticket, the boards. One wording here, so a citizen reads the same thing on
 * the kiosk, on paper and on the board. The server says so with {@link AreaQueue#noWindowOpen()}
 * and {@link org.onewindow.protocol.rest.TicketView#noWindowOpen()}, and gives no estimate then.
 */
public final class NoWindowOpen {

    /** 暂无窗口办理: no window handles it for now. */
    public static final String CHINESE = "暂无窗口办理";
    /** Lower case: it also ends a sentence ("0 ahead of you, no window open"). */
    public static final String ENGLISH = "no window open";

    private NoWindowOpen() {
    }

    /** The words in English or Chinese. */
    public static String words(boolean english) {
        return english ? ENGLISH : CHINESE;
    }
}
