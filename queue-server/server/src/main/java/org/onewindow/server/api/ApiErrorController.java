package org.onewindow.server.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.ApiError;

/**
 * What the servlet container sends to {@code /error}: a request refused before any controller
 * (a URL Spring Security's firewall rejects, a status set with {@code sendError}), or one that
 * failed in a filter. Answered in the API's error body instead of Spring Boot's own, and
 * {@code /error} asked for by a client is a path like any unknown one: 404. Takes the place of
 * Spring Boot's error controller.
 */
// Not an operation of the API, so not in its OpenAPI description.
@Hidden
@RestController
class ApiErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return answer(HttpStatus.NOT_FOUND, "NOT_FOUND", "no such path");
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null || status.is5xxServerError()) {
            // The container has logged the failure already; internals never leave the server.
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "the server failed; details are in its log");
        }
        return answer(status, status.name(), ClientMistakes.messageFor(status));
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), code, message, null));
    }
}
