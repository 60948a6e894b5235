package org.onewindow.protocol.client;

import org.onewindow.protocol.rest.ApiError;

/**
 * The server refused a request ({@code status} 400-499, with its {@link ApiError}), failed or
 * cannot answer for a moment (500-599; 503 {@code UNAVAILABLE} while the hall's Redis restarts), or
 * could not be reached ({@code status} 0). On a 5xx or 0 the kiosk shows "取号暂停" and retries with
 * the same request id.
 */
public class HallApiException extends RuntimeException {

    private final int status;
    private final transient ApiError error;

    public HallApiException(int status, ApiError error, Throwable cause) {
        super(error == null ? "HTTP " + status : error.code() + ": " + error.message(), cause);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** The server's error body; null when it sent none or could not be reached. */
    public ApiError error() {
        return error;
    }

    /** Whether the server could not be reached at all. */
    public boolean unreachable() {
        return status == 0;
    }
}
