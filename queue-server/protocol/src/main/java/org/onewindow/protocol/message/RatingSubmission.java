package org.onewindow.protocol.message;

import java.util.List;

/**
 * A citizen's rating, from the window's evaluator (MQTT, {@code evaluator/rating}) or the phone
 * page (REST).
 *
 * @param token     the token of the {@link RatingRequest}
 * @param level     one of {@link RatingLevel}
 * @param reasons   codes of {@link RatingLevel#REASONS}; at least one for a bad rating
 * @param comment   the citizen's own words, optional, at most 300 characters
 * @param deviceId  the evaluator's id; empty from a phone
 */
public record RatingSubmission(String token, String level, List<String> reasons, String comment, String deviceId) {

    public RatingSubmission {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        comment = comment == null ? "" : comment;
        deviceId = deviceId == null ? "" : deviceId;
    }
}
