package org.onewindow.server.security;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.SessionView;
import org.onewindow.protocol.rest.SignInRequest;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.SignInRefusedException;

/**
 * Signing in to and out of the consoles, through the same {@link StaffAuthentication} (and
 * throttle) as HTTP Basic. Every sign-in, failed sign-in and sign-out is audited.
 */
@RestController
@RequestMapping("/api/session")
class SessionController {

    private final StaffAuthentication staff;
    private final ConsoleSessions sessions;
    private final StaffWindows windows;
    private final StaffDirectory directory;
    private final CsrfTokenRepository xsrfTokens;
    private final AuditTrail audit;

    SessionController(StaffAuthentication staff, ConsoleSessions sessions, StaffWindows windows, StaffDirectory directory,
                      CsrfTokenRepository xsrfTokens, AuditTrail audit) {
        this.audit = audit;
        this.staff = staff;
        this.xsrfTokens = xsrfTokens;
        this.sessions = sessions;
        this.windows = windows;
        this.directory = directory;
    }

    @PostMapping
    SessionView signIn(@RequestBody SignInRequest request, HttpServletRequest http, HttpServletResponse response) {
        String username = request == null || request.username() == null ? "" : request.username().strip();
        String password = request == null || request.password() == null ? "" : request.password();
        if (username.length() > StaffAuthentication.MAX_USERNAME) {
            throw new InvalidFieldException("username", "is longer than " + StaffAuthentication.MAX_USERNAME + " characters");
        }
        Authentication signedIn;
        try {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
            attempt.setDetails(new WebAuthenticationDetails(http));
            signedIn = staff.authenticate(attempt);
        } catch (SignInPaused e) {
            throw SignInRefusedException.tooManyAttempts(e.retryAfterSeconds());
        } catch (AuthenticationException e) {
            throw SignInRefusedException.badCredentials();
        }
        UserDetails user = (UserDetails) signedIn.getPrincipal();
        ConsoleSessions.Session session = sessions.start(user.getUsername());
        ConsoleSessionFilter.setCookie(http, response, sessions.encode(session), session.expiresAt());
        // A token the browser held before signing in is not carried into the signed-in session.
        xsrfTokens.saveToken(xsrfTokens.generateToken(http), http, response);
        audit.record(user.getUsername(), "console-sign-in", "", "", http.getRemoteAddr(), "");
        return view(user.getUsername(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
                session.expiresAt());
    }

    /**
     * The signed-in account. A page calls this first, so it is also where a browser that has lost
     * its XSRF-TOKEN cookie (closed and reopened, the session cookie outliving it) is given one.
     */
    @GetMapping
    SessionView who(Authentication who, CsrfToken xsrf) {
        xsrf.getToken();
        return view(who.getName(), who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
                Instant.now().plus(sessions.idle()));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOut(Principal who, HttpServletRequest http, HttpServletResponse response) {
        sessions.signOut(who.getName());
        ConsoleSessionFilter.setCookie(http, response, "", Instant.now());
        xsrfTokens.saveToken(null, http, response);
        audit.record(who.getName(), "console-sign-out", "", "", http.getRemoteAddr(), "");
    }

    private SessionView view(String username, List<String> authorities, Instant expiresAt) {
        List<String> roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        return new SessionView(username, roles, windows.windowOf(username), expiresAt, directory.displayName(username));
    }
}
