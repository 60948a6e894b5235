package org.onewindow.server.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.OutOfScopeException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.error.SignInRefusedException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.redis.TransientRedisState;

import tools.jackson.core.JacksonException;

/**
 * Maps every failure to an {@link ApiError}: 400 naming the field, 404 naming what is unknown,
 * 409 with the state conflict's code, 429 and 503 with {@code Retry-After} (503 while Redis cannot
 * answer for a moment, {@link TransientRedisState}), and what Spring MVC refuses by itself with its
 * own status ({@link ClientMistakes}). Internals never leave the server; a client's values are
 * repeated {@link LogSafe} only.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ApiError> invalidField(InvalidFieldException e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID_FIELD", e.getMessage(), e.field());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = LogSafe.of(fieldOf(json.getPath()));
            return error(HttpStatus.BAD_REQUEST, "INVALID_FIELD", field + ": has the wrong type or shape", field);
        }
        return error(HttpStatus.BAD_REQUEST, "INVALID_BODY", "the body is missing or is not valid JSON", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID_FIELD", e.getName() + ": has the wrong type", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "INVALID_FIELD", e.getParameterName() + ": is required", e.getParameterName());
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ApiError> refused(RefusedException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage(), null);
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ApiError> outOfScope(OutOfScopeException e) {
        return error(HttpStatus.FORBIDDEN, OutOfScopeException.CODE, e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such path", null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, e.code(), e.getMessage(), null);
    }

    @ExceptionHandler(SignInRefusedException.class)
    ResponseEntity<ApiError> signInRefused(SignInRefusedException e) {
        if (e.throttled()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(new ApiError(HttpStatus.TOO_MANY_REQUESTS.value(), "TOO_MANY_ATTEMPTS", e.getMessage(), null));
        }
        return error(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", e.getMessage(), null);
    }

    /** A console closed its live stream (tab closed, laptop asleep): nothing to answer, nothing wrong. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("A client went away: {}", e.getMessage());
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ApiError> unavailable(UnavailableException e) {
        log.warn("Answered 503: {} ({})", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                // Set, not negotiated, as for every error: a live stream's client asked for events.
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), UnavailableException.CODE, e.getMessage(), null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        var unavailable = TransientRedisState.unavailable(e);
        if (unavailable.isPresent()) {
            // Redis errors from outside the scripts (reads, the connection itself) arrive as they are.
            return unavailable(unavailable.get());
        }
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return ClientMistakes.answer(refused, request);
        }
        log.error("Unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "the server failed; details are in its log", null);
    }

    private static String fieldOf(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message, String field) {
        // The type is set, not negotiated: a client that accepts no JSON still learns what was wrong.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), code, message, field));
    }
}
