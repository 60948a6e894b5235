package org.onewindow.server.pipeline;

import java.time.Instant;

/**
 * An event whose effects kept failing: what the manager's health view shows, until it is retried.
 *
 * @param id           {@code group:streamId}, to retry it by
 * @param group        the consumer group ({@code records} or {@code devices})
 * @param streamId     the event log entry
 * @param type         what happened
 * @param ticketNumber the ticket concerned, if any
 * @param windowNo     the window concerned, if any
 * @param tries        how often it was tried
 * @param error        the last failure
 * @param parkedAt     when it was given up
 */
public record ParkedEffect(String id, String group, String streamId, String type, String ticketNumber, String windowNo,
                           int tries, String error, Instant parkedAt) {
}
