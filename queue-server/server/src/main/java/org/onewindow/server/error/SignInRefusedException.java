package org.onewindow.server.error;

/**
 * A sign-in that did not succeed: a wrong name or password (401, BAD_CREDENTIALS; which of the two
 * is never said), or too many wrong tries in a row (429, TOO_MANY_ATTEMPTS).
 */
public class SignInRefusedException extends RuntimeException {

    private final boolean throttled;

    private SignInRefusedException(boolean throttled, String message) {
        super(message);
        this.throttled = throttled;
    }

    public static SignInRefusedException badCredentials() {
        return new SignInRefusedException(false, "wrong user name or password");
    }

    public static SignInRefusedException tooManyAttempts(long waitSeconds) {
        return new SignInRefusedException(true, "too many wrong passwords; try again in " + waitSeconds + " s");
    }

    public boolean throttled() {
        return throttled;
    }
}
