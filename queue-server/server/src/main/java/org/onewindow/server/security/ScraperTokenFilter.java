package org.onewindow.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.onewindow.server.accounts.TokenHash;

/**
 * Authenticates the monitoring system's scrapers on the metrics path only, by their bearer token
 * ({@link MonitoringSettings}), with the role {@code MONITOR}; a scraper's token opens nothing else,
 * and no device's or person's opens the metrics.
 */
final class ScraperTokenFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    static final String ROLE = "MONITOR";

    private final List<MonitoringSettings.Scraper> scrapers;

    ScraperTokenFilter(MonitoringSettings settings) {
        this.scrapers = settings.scrapers();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            byte[] hash = TokenHash.of(header.substring(7).strip()).getBytes(StandardCharsets.US_ASCII);
            for (MonitoringSettings.Scraper scraper : scrapers) {
                if (MessageDigest.isEqual(hash, scraper.tokenSha256().strip().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
                    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            scraper.name(), null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                }
            }
        }
        chain.doFilter(request, response);
    }
}
