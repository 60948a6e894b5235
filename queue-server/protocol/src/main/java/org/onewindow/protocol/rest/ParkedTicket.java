package org.onewindow.protocol.rest;

import java.time.Instant;

/**
 * A ticket parked (挂起) at a window while the citizen fetches a document.
 *
 * @param ticketId    stable id
 * @param number      printed number
 * @param areaId      area of the ticket
 * @param itemCode    service item, empty when none was chosen
 * @param maskedName  e.g. 张*, empty when anonymous
 * @param parkedAt    when it was parked
 */
public record ParkedTicket(String ticketId, String number, String areaId, String itemCode, String maskedName,
                           Instant parkedAt) {
}
