package org.onewindow.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.server.error.LogSafe;

/**
 * Authenticates devices by {@code Authorization: Bearer <token>}, as the {@link DeviceRegistry}
 * knows them now: a disabled device or a replaced token is refused from the next request on.
 * Only the SHA-256 of each token is kept, so neither the configuration nor the database holds
 * usable secrets. A device gets the role
 * {@code DEVICE_<KIND>} and its id as the principal name. A device is registered in one hall and
 * is refused (403) on every other hall's paths, whatever its kind may do there.
 */
final class DeviceTokenFilter extends OncePerRequestFilter {

    private static final Pattern HALL_PATH = Pattern.compile("/api/halls/([^/]+)(?:/|$)");

    private final DeviceRegistry devices;

    DeviceTokenFilter(DeviceRegistry devices) {
        this.devices = devices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            DeviceAccount device = devices.byToken(header.substring(7).strip()).orElse(null);
            Optional<String> otherHall = device == null ? Optional.empty() : otherHall(request, device);
            if (otherHall.isPresent()) {
                // A device serves the hall it stands in: its token opens nothing of another hall.
                SecurityConfiguration.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                        "device " + device.id() + " belongs to another hall than " + LogSafe.of(otherHall.get()));
                return;
            }
            if (device != null) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        device.id(), null, List.of(new SimpleGrantedAuthority("ROLE_DEVICE_" + device.kind()))));
            }
        }
        chain.doFilter(request, response);
    }

    /** The hall a request names under {@code /api/halls/}, when it is not the device's own. */
    private static Optional<String> otherHall(HttpServletRequest request, DeviceAccount device) {
        Matcher m = HALL_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return m.lookingAt() && !m.group(1).equals(device.hallId()) ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String sha256(String token) {
        return HexFormat.of().formatHex(sha256Bytes(token));
    }

    static byte[] sha256Bytes(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
