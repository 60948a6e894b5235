package org.onewindow.server.records.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket_record row: a ticket as last known, made from its JSON in Redis after an event of the
 * hall's version {@code lastSeq}. {@code channel} and {@code firstArea} are known for sure only
 * from the issue event ({@code fromIssue}); from another, the row keeps what it had.
 */
record TicketRow(
        String hall,
        String ticketId,
        LocalDate day,
        String number,
        String area,
        String firstArea,
        boolean fromIssue,
        String item,
        String priority,
        String channel,
        String status,
        Instant issuedAt,
        Instant firstCalledAt,
        Instant finishedAt,
        Instant noShowAt,
        String windowNo,
        String windowKind,
        String clerk,
        int calls,
        int recalls,
        int transfers,
        Integer waitSeconds,
        Integer serviceSeconds,
        String personKey,
        long lastSeq) {
}
