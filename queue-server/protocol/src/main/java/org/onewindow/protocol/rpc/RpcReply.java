package org.onewindow.protocol.rpc;

/**
 * The answer to a request: its result as JSON, or a refusal with a stable code and plain words.
 * {@value #UNAVAILABLE} is no refusal: the server cannot answer for a moment (its data store is
 * restarting, say) and the requester sends the same request again.
 *
 * @param ok       whether the request was carried out
 * @param code     when refused, e.g. NOT_FOUND, INVALID_FIELD, SLOT_FULL; UNAVAILABLE
 * @param message  when refused, why
 * @param body     when carried out, the result as JSON text
 */
public record RpcReply(boolean ok, String code, String message, String body) {

    /** The code of "not now, send it again". */
    public static final String UNAVAILABLE = "UNAVAILABLE";

    public static RpcReply of(String json) {
        return new RpcReply(true, "", "", json);
    }

    public static RpcReply refused(String code, String message) {
        return new RpcReply(false, code, message, "");
    }

    /** Whether the server could not answer for a moment, so that the same request is to be sent again. */
    public boolean unavailable() {
        return !ok && UNAVAILABLE.equals(code);
    }
}
