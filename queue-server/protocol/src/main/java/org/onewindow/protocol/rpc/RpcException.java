package org.onewindow.protocol.rpc;

/**
 * A request that got no usable answer: TIMEOUT (nobody answered in time; the server may still
 * have acted, so requests that change things carry an id that makes a retry safe), NOT_SENT (no
 * connection), MALFORMED_REPLY, UNAVAILABLE (the server said "not now" until the time was up), or
 * the server's own refusal code.
 */
public class RpcException extends RuntimeException {

    private final String code;

    public RpcException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * Whether no answer came (TIMEOUT, NOT_SENT, CLOSED, MALFORMED_REPLY, or only UNAVAILABLE), as
     * opposed to the server's refusal: asking again later may work.
     */
    public boolean unanswered() {
        return switch (code) {
            case "TIMEOUT", "NOT_SENT", "CLOSED", "MALFORMED_REPLY", RpcReply.UNAVAILABLE -> true;
            default -> false;
        };
    }
}
