package org.onewindow.protocol.rest;

import java.time.Instant;

/**
 * A green-channel request made on a kiosk's screen that waits for the desk's decision.
 *
 * @param ticketId    the ticket, {@code yyyyMMdd-A001}
 * @param number      its printed number
 * @param areaId      the area it waits in
 * @param areaName    that area's name
 * @param maskedName  e.g. 张*, empty when anonymous
 * @param reason      what the citizen chose: DISABILITY, PREGNANCY, MILITARY or OTHER
 * @param issuedAt    when the ticket was taken
 */
public record GreenChannelRequest(
        String ticketId,
        String number,
        String areaId,
        String areaName,
        String maskedName,
        String reason,
        Instant issuedAt) {
}
