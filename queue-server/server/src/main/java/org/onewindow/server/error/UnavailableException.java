package org.onewindow.server.error;

import java.time.Duration;

/**
 * The hall's data cannot be read or written for a moment (its store is loading after a restart,
 * busy, failing over or out of reach): HTTP 503 with {@code Retry-After}, UNAVAILABLE over MQTT.
 * Nothing was changed, or the request's id makes sending it again safe; devices keep the request
 * and send it again.
 */
public class UnavailableException extends RuntimeException {

    /** The code clients see, over REST and MQTT alike. */
    public static final String CODE = "UNAVAILABLE";

    private final Duration retryAfter;

    public UnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before sending the request again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
