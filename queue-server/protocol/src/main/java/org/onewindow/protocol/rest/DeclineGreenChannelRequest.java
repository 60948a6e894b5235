package org.onewindow.protocol.rest;

/**
 * The desk declines a green-channel request made on a kiosk's screen.
 *
 * @param reason why, in the guide's words (required, at most 200 characters); audited with the decision
 */
public record DeclineGreenChannelRequest(String reason) {
}
