package org.onewindow.server.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a console's requests from its session cookie. Roles come from the account as the
 * account directory holds it now, not from the cookie, so disabling an account or removing a role
 * takes effect at once. A
 * request with its own Authorization header (a device, an API client) is left to that header.
 */
final class ConsoleSessionFilter extends OncePerRequestFilter {

    private final ConsoleSessions sessions;
    private final UserDetailsService users;

    ConsoleSessionFilter(ConsoleSessions sessions, UserDetailsService users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            sessionCookie(request).flatMap(sessions::verify).ifPresent(session -> {
                try {
                    UserDetails user = users.loadUserByUsername(session.username());
                    if (user.isEnabled()) {
                        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                                .authenticated(user.getUsername(), null, user.getAuthorities()));
                        if (sessions.worthRenewing(session)) {
                            setCookie(request, response, sessions.encode(sessions.renew(session)),
                                    sessions.renew(session).expiresAt());
                        }
                    }
                } catch (UsernameNotFoundException removed) {
                    // The account is gone: the cookie signs in nobody.
                }
            });
        }
        chain.doFilter(request, response);
    }

    static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> ConsoleSessions.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** HttpOnly (scripts never see it), SameSite=Strict (no other site's page sends it). */
    static void setCookie(HttpServletRequest request, HttpServletResponse response, String value, Instant expiresAt) {
        Duration maxAge = value.isEmpty() ? Duration.ZERO : Duration.between(Instant.now(), expiresAt);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ConsoleSessions.COOKIE, value)
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").path("/")
                .maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge).build().toString());
    }
}
