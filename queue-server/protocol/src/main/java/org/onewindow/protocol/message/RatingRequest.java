package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * Asks a window's evaluator to offer the citizen just served the five levels. Retained on the
 * window's {@code evaluator/pending} topic until it is rated at the evaluator (then an empty payload
 * clears it) or the next service finished there replaces it; the evaluator keeps it on screen for a
 * minimum after the service, even once the window has called the next ticket. The same request on
 * {@code evaluator/request} is cleared at the next call, for evaluators of earlier releases. The
 * token is the only way to rate this service, once; the phone page takes it for 24 hours.
 *
 * @param hallId        hall
 * @param windowNo      window
 * @param ticketId      service rated
 * @param ticketNumber  e.g. B012, shown on the evaluator
 * @param token         signed, single-use rating token
 * @param phonePath     path of the phone rating page for this token (QR code), e.g. /rate.html?t=...
 * @param expiresAt     after this the token is refused
 * @param at            when the service finished
 */
public record RatingRequest(
        String hallId,
        String windowNo,
        String ticketId,
        String ticketNumber,
        String token,
        String phonePath,
        Instant expiresAt,
        Instant at) {
}
