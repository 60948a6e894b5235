package org.onewindow.server.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked, because of too many wrong ones: 429. */
final class SignInPaused extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    SignInPaused(Duration retryAfter) {
        super("sign-in paused");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
