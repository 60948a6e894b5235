package org.onewindow.server.api;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.error.LogSafe;

/**
 * Requests Spring MVC itself refuses (a method the path does not take, a body that is not JSON, a
 * missing header...): answered with the status Spring names, in the API's error body and with the
 * headers that tell the client what would do ({@code Allow}, {@code Accept}). They are the
 * client's mistake, not the server's: one short WARN line, never a stack trace.
 */
final class ClientMistakes {

    private static final Logger log = LoggerFactory.getLogger(ClientMistakes.class);

    private ClientMistakes() {
    }

    static ResponseEntity<ApiError> answer(ErrorResponse refused, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String detail = refused.getBody().getDetail();
        log.warn("Answered {} to {} {}: {}", status.value(), request.getMethod(), LogSafe.of(request.getRequestURI()),
                LogSafe.of(detail));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(refused.getHeaders());
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.name(), messageFor(status), null));
    }

    /** Plain words for a refusal, the same whichever part of the server made it. */
    static String messageFor(HttpStatus status) {
        return switch (status) {
            case METHOD_NOT_ALLOWED -> "this path does not take this method; the Allow header names the ones it takes";
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json (Content-Type header)";
            case NOT_ACCEPTABLE -> "answers are sent as application/json only";
            case PAYLOAD_TOO_LARGE -> "the request is too large";
            case NOT_FOUND -> "no such path";
            default -> "the request is not one the server understands";
        };
    }
}
