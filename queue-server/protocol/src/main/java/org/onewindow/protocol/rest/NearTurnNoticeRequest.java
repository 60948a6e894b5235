package org.onewindow.protocol.rest;

/**
 * A citizen's request for near-turn notices (到号提醒), sent with the ticket's tracking code by
 * the phone page or a kiosk. Named apart from {@link NoticeRequest}, the boards' scrolling notice.
 *
 * @param mobile  a mainland mobile number, 11 digits starting 13-19; spaces and dashes allowed
 * @param family  true when it is a family member's number, for an elderly citizen; false when left out
 */
public record NearTurnNoticeRequest(String mobile, Boolean family) {

    public NearTurnNoticeRequest {
        family = Boolean.TRUE.equals(family);
    }

    /** The number, never in clear: a request may end up in a log line or a failure message. */
    @Override
    public String toString() {
        return "NearTurnNoticeRequest[mobile=***, family=" + family + "]";
    }
}
