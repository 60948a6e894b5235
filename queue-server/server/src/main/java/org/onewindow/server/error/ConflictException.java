package org.onewindow.server.error;

/**
 * A change that the current state does not allow, such as finishing a ticket that was never
 * called: HTTP 409. Nothing was written.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable machine code, e.g. WINDOW_BUSY, NOT_CALLED, RECALL_LIMIT. */
    public String code() {
        return code;
    }
}
