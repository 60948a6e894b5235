package org.onewindow.server.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.redis.TransientRedisState;

/**
 * Answers 503 with {@code Retry-After}, in the API's error format, when Redis cannot answer for a
 * moment while a request is still being let in: a console's session cookie and a clerk's window are
 * checked in Redis before any controller runs, where {@link ApiExceptionHandler} does not see the
 * failure. Outside every other filter, so that it also sees the security chain's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableBeforeTheControllerFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnavailableBeforeTheControllerFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            Optional<UnavailableException> unavailable = TransientRedisState.unavailable(e);
            if (unavailable.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn("Answered 503 to {} {}: {} ({})", request.getMethod(), LogSafe.of(request.getRequestURI()),
                    unavailable.get().getMessage(), e.toString());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.get().retryAfter().toSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(JsonCodec.toBytes(new ApiError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    UnavailableException.CODE, unavailable.get().getMessage(), null)));
        }
    }
}
