package org.onewindow.protocol.message;

/**
 * The server's answer to an evaluator's rating, on the window's {@code evaluator/result} topic.
 *
 * @param token     the token rated
 * @param accepted  whether the rating was recorded
 * @param code      when refused: ALREADY_RATED, TOKEN_INVALID, TOKEN_EXPIRED, REASON_REQUIRED, INVALID
 * @param message   plain words for the evaluator's screen
 */
public record RatingResult(String token, boolean accepted, String code, String message) {
}
