package org.onewindow.protocol.rest;

/**
 * Every error body of the REST API.
 *
 * @param status   HTTP status
 * @param code     stable machine code, e.g. INVALID_FIELD, NOT_FOUND, ILLEGAL_TRANSITION
 * @param message  plain message for people
 * @param field    the offending field of the request body, when there is one
 */
public record ApiError(int status, String code, String message, String field) {
}
