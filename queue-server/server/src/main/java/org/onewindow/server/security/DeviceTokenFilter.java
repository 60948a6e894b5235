package org.onewindow.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates devices by {@code Authorization: Bearer <token>}. Only the SHA-256 of each token
 * is configured, so the configuration file does not hold usable secrets. A device gets the role
 * {@code DEVICE_<KIND>} and its id as the principal name.
 */
final class DeviceTokenFilter extends OncePerRequestFilter {

    private final Map<String, SecuritySettings.Device> devicesByTokenHash;

    DeviceTokenFilter(List<SecuritySettings.Device> devices) {
        this.devicesByTokenHash = devices.stream()
                .collect(Collectors.toUnmodifiableMap(d -> d.tokenSha256().toLowerCase(Locale.ROOT), d -> d));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            SecuritySettings.Device device = devicesByTokenHash.get(sha256(header.substring(7).strip()));
            if (device != null) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        device.id(), null, List.of(new SimpleGrantedAuthority("ROLE_DEVICE_" + device.kind()))));
            }
        }
        chain.doFilter(request, response);
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
