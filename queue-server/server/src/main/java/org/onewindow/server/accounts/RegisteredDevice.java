package org.onewindow.server.accounts;

import java.time.Instant;

/**
 * A registered device as the records database holds it.
 *
 * @param window       the window of a WINDOW_SCREEN or EVALUATOR, else null
 * @param tokenSha256  lower-case hex SHA-256 of its bearer token; the token itself is never kept
 * @param mosquittoPassword its token as a line of Mosquitto's password file ({@link MosquittoPasswordHash});
 *                     null for a device seeded from the configuration and not re-keyed since
 * @param rotatedAt    when its token was last replaced; null when never
 */
public record RegisteredDevice(String id, String kind, String hall, String window, String tokenSha256, String mosquittoPassword,
                               boolean disabled, String createdBy, Instant createdAt, Instant rotatedAt) {
}
