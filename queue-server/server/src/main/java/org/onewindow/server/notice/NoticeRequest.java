package org.onewindow.server.notice;

/**
 * A citizen's request for near-turn notices.
 *
 * @param mobile  11 digits, spaces and dashes allowed
 * @param family  true when it is a family member's number, for an elderly citizen; false when left out
 */
public record NoticeRequest(String mobile, Boolean family) {

    public NoticeRequest {
        family = Boolean.TRUE.equals(family);
    }
}
