package org.onewindow.server.redis;

import java.util.Set;

import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.NotFoundException;

import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Turns a script's refusal, an error reply {@code CODE message}, into the failure the REST layer
 * maps: {@code NOT_FOUND <kind> <id>} into {@link NotFoundException}, any other code into a
 * {@link ConflictException}. Redis's own "not now" ({@code LOADING}, {@code BUSY}...) is no
 * refusal: it becomes an {@link org.onewindow.server.error.UnavailableException} (see
 * {@link TransientRedisState}). Other Redis errors stay as they are.
 */
final class ScriptRefusal {

    /** Redis's own errors, which say something is wrong with the server, not with the request's state. */
    private static final Set<String> REDIS_OWN = Set.of("ERR", "NOSCRIPT", "WRONGTYPE", "OOM", "NOPERM", "NOAUTH",
            "WRONGPASS", "EXECABORT");

    private ScriptRefusal() {
    }

    static RuntimeException from(JedisDataException e) {
        var unavailable = TransientRedisState.unavailable(e);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        int space = text.indexOf(' ');
        String code = space > 0 ? text.substring(0, space) : text;
        if (!code.matches("[A-Z][A-Z_]+") || REDIS_OWN.contains(code)) {
            return e;
        }
        String message = space > 0 ? text.substring(space + 1) : code;
        if (code.equals("NOT_FOUND")) {
            int split = message.indexOf(' ');
            return split > 0 ? new NotFoundException(message.substring(0, split), message.substring(split + 1))
                    : new NotFoundException("item", message);
        }
        return new ConflictException(code, message);
    }
}
