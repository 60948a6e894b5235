package org.onewindow.server.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.LogSafe;

/**
 * Checks a member of staff's name and password, for the consoles' sign-in and for HTTP Basic,
 * through the one {@link SignInThrottle}. A name longer than {@value #MAX_USERNAME} characters is
 * refused before anything else; every wrong password is written to the audit trail, its name made
 * {@link LogSafe}. An unknown name costs a password check too (Spring's provider does that), so
 * timing does not tell which names exist.
 */
final class StaffAuthentication implements AuthenticationManager {

    /** Longer than any account's name; the edge refuses longer ones with 400. */
    static final int MAX_USERNAME = 64;

    private final AuthenticationManager passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    StaffAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        this.passwords = new ProviderManager(provider);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        if (username.length() > MAX_USERNAME) {
            throw new SignInNameTooLong();
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Optional<Duration> wait = throttle.begin(username, address);
        if (wait.isPresent()) {
            throw new SignInPaused(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (AuthenticationException e) {
            audit.record(username.isEmpty() ? "-" : LogSafe.of(username), "sign-in-refused", "", "", address, "");
            throw e;
        }
    }
}
