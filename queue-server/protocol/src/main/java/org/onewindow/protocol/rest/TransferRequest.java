package org.onewindow.protocol.rest;

/**
 * Sends the ticket being served to another area or to one window; it keeps its number and its
 * place (original arrival time). Exactly one of the two is given.
 *
 * @param toAreaId    area to queue in
 * @param toWindowNo  window to queue at
 */
public record TransferRequest(String toAreaId, String toWindowNo) {
}
