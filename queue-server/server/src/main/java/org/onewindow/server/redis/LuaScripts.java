package org.onewindow.server.redis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Runs the Lua scripts under {@code src/main/resources/redis/}: every change to Redis is one of
 * them (ADR 0001). Each is loaded once, with the shared guards it includes (see
 * {@link ScriptSources}), and called by its SHA; when Redis has lost it (a restart, SCRIPT FLUSH)
 * it is loaded again and the call repeated. A script that refuses a change returns an error reply {@code CODE message}, which
 * becomes a NotFoundException or ConflictException (see {@link ScriptRefusal}); scripts check
 * everything before they write, so a refusal writes nothing.
 */
@Component
public class LuaScripts {

    private final JedisPool pool;
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, String> shas = new ConcurrentHashMap<>();

    public LuaScripts(JedisPool pool) {
        this.pool = pool;
    }

    /** Runs {@code redis/<name>.lua} with the given keys and arguments and returns its reply. */
    public Object run(String name, List<String> keys, List<String> args) {
        try (Jedis jedis = pool.getResource()) {
            String sha = shas.computeIfAbsent(name, n -> jedis.scriptLoad(source(n)));
            try {
                return jedis.evalsha(sha, keys, args);
            } catch (JedisNoScriptException e) {
                String reloaded = jedis.scriptLoad(source(name));
                shas.put(name, reloaded);
                return jedis.evalsha(reloaded, keys, args);
            }
        } catch (JedisDataException e) {
            throw ScriptRefusal.from(e);
        }
    }

    private String source(String name) {
        return sources.computeIfAbsent(name, ScriptSources::expanded);
    }
}
