package org.onewindow.server.redis;

import redis.clients.jedis.exceptions.JedisDataException;

/**
 * A script refused a change with an error reply {@code CODE message}. Codes: NOT_FOUND (the
 * message names the kind and id), or a conflict code such as NOT_CALLED or WINDOW_BUSY.
 */
public class ScriptRefusal extends RuntimeException {

    private final String code;

    ScriptRefusal(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    static RuntimeException from(JedisDataException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        // Redis prefixes the reply of redis.error_reply with "ERR " only when it has no code of its own.
        text = text.startsWith("ERR ") ? text.substring(4) : text;
        int space = text.indexOf(' ');
        String code = space > 0 ? text.substring(0, space) : text;
        if (!code.matches("[A-Z_]+") || code.equals("ERR")) {
            return e;
        }
        return new ScriptRefusal(code, space > 0 ? text.substring(space + 1) : code, e);
    }

    public String code() {
        return code;
    }
}
