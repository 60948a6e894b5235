package org.onewindow.server.ticket;

import org.onewindow.protocol.rest.TicketView;

/**
 * The answer to a ticket request.
 *
 * @param ticket   the ticket
 * @param created  false when the request id was answered before, or the person already held a live ticket for the area
 */
public record IssueResult(TicketView ticket, boolean created) {
}
