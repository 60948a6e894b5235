package org.onewindow.server.error;

/**
 * A sign-in that did not succeed: a wrong name or password (401, BAD_CREDENTIALS; which of the two
 * is never said), or too many wrong tries (429, TOO_MANY_ATTEMPTS, with {@code Retry-After}).
 */
public class SignInRefusedException extends RuntimeException {

    private final boolean throttled;
    private final long retryAfterSeconds;

    private SignInRefusedException(boolean throttled, long retryAfterSeconds, String message) {
        super(message);
        this.throttled = throttled;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static SignInRefusedException badCredentials() {
        return new SignInRefusedException(false, 0, "wrong user name or password");
    }

    public static SignInRefusedException tooManyAttempts(long waitSeconds) {
        return new SignInRefusedException(true, waitSeconds, "too many wrong passwords; try again in " + waitSeconds + " s");
    }

    public boolean throttled() {
        return throttled;
    }

    /** While throttled, the seconds until a sign-in is checked again (the {@code Retry-After} header). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
