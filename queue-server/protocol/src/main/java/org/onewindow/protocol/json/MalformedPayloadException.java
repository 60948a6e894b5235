package org.onewindow.protocol.json;

/** A payload that is not valid JSON of the expected record. The message names the record and the problem. */
public class MalformedPayloadException extends RuntimeException {

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
