package org.onewindow.server.calling;

import java.util.Locale;
import java.util.Set;

import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.server.error.InvalidFieldException;

/**
 * A checked 选呼 request: which of today's tickets, and why it is called out of turn. The reason
 * is recorded with the call, so a supervisor can see why the order of the queue was left.
 */
record ChosenCall(String ticketId, String reason, String note) {

    static final Set<String> REASONS = Set.of("APPOINTMENT", "GREEN_CHANNEL", "RETURNED", "SAME_MATTER", "ARRANGED",
            "OTHER");
    private static final int MAX_NOTE = 200;

    static ChosenCall of(CallChosenRequest request, String day) {
        if (request == null) {
            throw new InvalidFieldException("ticketId", "give ticketId or number");
        }
        String id = request.ticketId() == null ? "" : request.ticketId().strip();
        String number = request.number() == null ? "" : request.number().strip().toUpperCase(Locale.ROOT);
        if (id.isEmpty() == number.isEmpty()) {
            throw new InvalidFieldException("ticketId", "give either ticketId or number");
        }
        if (id.isEmpty()) {
            if (!number.matches("[A-Z]{1,3}[0-9]{1,5}")) {
                throw new InvalidFieldException("number", "a ticket number such as A012");
            }
            id = day + "-" + number;
        } else if (!id.matches("[0-9]{8}-[A-Z]{1,3}[0-9]{1,5}")) {
            throw new InvalidFieldException("ticketId", "a ticket id such as 20260315-A012");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (!REASONS.contains(reason)) {
            throw new InvalidFieldException("reason", "must be one of " + String.join(", ", REASONS.stream().sorted().toList()));
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "at most " + MAX_NOTE + " characters");
        }
        if (reason.equals("OTHER") && note.isEmpty()) {
            throw new InvalidFieldException("note", "say why the ticket is called out of turn");
        }
        return new ChosenCall(id, reason, note);
    }
}
