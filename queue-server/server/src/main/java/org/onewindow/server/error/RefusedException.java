package org.onewindow.server.error;

/**
 * A well-formed request the server will not act on, such as a forged or expired appointment
 * code: HTTP 422 with a stable code the device turns into plain words. Nothing was written.
 */
public class RefusedException extends RuntimeException {

    private final String code;

    public RefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable machine code, e.g. APPOINTMENT_CODE_INVALID. */
    public String code() {
        return code;
    }
}
