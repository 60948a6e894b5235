package org.onewindow.protocol.rpc;

/**
 * The answer to a request: its result as JSON, or a refusal with a stable code and plain words.
 *
 * @param ok       whether the request was carried out
 * @param code     when refused, e.g. NOT_FOUND, INVALID_FIELD, SLOT_FULL
 * @param message  when refused, why
 * @param body     when carried out, the result as JSON text
 */
public record RpcReply(boolean ok, String code, String message, String body) {

    public static RpcReply of(String json) {
        return new RpcReply(true, "", "", json);
    }

    public static RpcReply refused(String code, String message) {
        return new RpcReply(false, code, message, "");
    }
}
