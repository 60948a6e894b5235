package org.onewindow.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import org.onewindow.server.error.OutOfScopeException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * Every operation addressed to a hall ({@code /api/halls/{hall}/...}) is refused with 403
 * {@value OutOfScopeException#CODE} to a member of staff whose account's scope does not hold that
 * hall, whatever their role allows there; it runs after the role checks, so a request the roles
 * refuse is answered as before. The citizen's pages (tracking, remote tickets) need no account and
 * are left alone. The hall is read as Spring reads the path variable, percent-decoded, so an
 * encoded id cannot pass as another.
 */
final class HallScopeFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/api/halls/";

    private final HallDirectory halls;
    private final StaffReach reach;

    HallScopeFilter(HallDirectory halls, StaffReach reach) {
        this.halls = halls;
        this.reach = reach;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Optional<Hall> hall = hallAddressed(request.getRequestURI().substring(request.getContextPath().length()));
        if (hall.isPresent() && StaffReach.isStaff(who) && !reach.reaches(who, hall.get())) {
            SecurityConfiguration.write(response, HttpServletResponse.SC_FORBIDDEN, OutOfScopeException.CODE,
                    "hall " + hall.get().id() + " is outside this account's scope");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The hall a path addresses, unless it is a citizen's path or names no hall served here (answered 404 later). */
    private Optional<Hall> hallAddressed(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String id = UriUtils.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
        String after = slash < 0 ? "" : rest.substring(slash);
        if (after.startsWith("/track/") || after.equals("/remote-tickets") || after.startsWith("/remote-tickets/")) {
            return Optional.empty();
        }
        return halls.find(id);
    }
}
