package org.onewindow.server.error;

/**
 * A manager asked for a hall, an account or a device outside the halls and regions their account
 * is scoped to, or to grant more than their own scope: HTTP 403 with the code {@value #CODE}.
 */
public class OutOfScopeException extends RuntimeException {

    public static final String CODE = "OUT_OF_SCOPE";

    public OutOfScopeException(String message) {
        super(message);
    }
}
