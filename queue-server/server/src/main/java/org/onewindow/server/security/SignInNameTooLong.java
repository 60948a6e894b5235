package org.onewindow.server.security;

import org.springframework.security.core.AuthenticationException;

/** A user name longer than any account's, refused before it is looked up or logged: 400. */
final class SignInNameTooLong extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "username: is longer than " + StaffAuthentication.MAX_USERNAME + " characters";

    SignInNameTooLong() {
        super(MESSAGE);
    }
}
