package org.onewindow.server.remote;

/**
 * A phone's request for a remote ticket.
 *
 * @param requestId    the phone's id of this request: a retry gets the same ticket
 * @param areaId       the area to queue for; it must offer remote tickets
 * @param clientToken  the browser's own random token, kept in its storage: one live remote ticket per token
 */
public record RemoteTakeRequest(String requestId, String areaId, String clientToken) {
}
