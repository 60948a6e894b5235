package org.onewindow.server.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Runs the Lua scripts under {@code src/main/resources/redis/}: every change to Redis is one of
 * them (ADR 0001). Each is called by its SHA, with the shared guards it includes (see
 * {@link ScriptSources}); when a node does not know it (the first call, a restart, SCRIPT FLUSH, a
 * new Cluster shard) it is loaded there and the call repeated. A script that refuses a change returns an error reply {@code CODE message}, which
 * becomes a NotFoundException or ConflictException (see {@link ScriptRefusal}); scripts check
 * everything before they write, so a refusal writes nothing.
 */
@Component
public class LuaScripts {

    private final UnifiedJedis redis;
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, String> shas = new ConcurrentHashMap<>();
    private final ReplicaWait wait;

    public LuaScripts(UnifiedJedis redis) {
        this(redis, ReplicaWait.NONE);
    }

    @Autowired
    public LuaScripts(UnifiedJedis redis, RedisSettings settings) {
        this(redis, new ReplicaWait(settings.waitReplicas(), settings.waitTimeoutMs()));
    }

    public LuaScripts(UnifiedJedis redis, ReplicaWait wait) {
        this.redis = redis;
        this.wait = wait;
    }

    /** Runs {@code redis/<name>.lua} with the given keys and arguments and returns its reply. */
    public Object run(String name, List<String> keys, List<String> args) {
        String sha = shas.computeIfAbsent(name, n -> sha1(source(n)));
        try {
            try {
                return call(name, sha, keys, args);
            } catch (JedisNoScriptException e) {
                // Loaded on the node that holds the first key: in a Cluster each shard has its own
                // script cache, and the call is routed by the keys.
                if (keys.isEmpty()) {
                    redis.scriptLoad(source(name));
                } else {
                    redis.scriptLoad(source(name), keys.get(0));
                }
                return call(name, sha, keys, args);
            }
        } catch (JedisDataException e) {
            throw ScriptRefusal.from(e);
        }
    }

    /**
     * Calls the script, and when replicas must hold a change before it is answered, asks the node
     * that ran it to WAIT for them on the same connection (a pipeline of both), which is the only
     * connection WAIT counts the writes of. Scripts that only read ({@code *_read}) never wait.
     */
    private Object call(String name, String sha, List<String> keys, List<String> args) {
        if (!wait.waits() || keys.isEmpty() || name.endsWith("_read")) {
            return redis.evalsha(sha, keys, args);
        }
        try (AbstractPipeline pipeline = redis.pipelined()) {
            Response<Object> reply = pipeline.evalsha(sha, keys, args);
            Response<Long> replicas = pipeline.waitReplicas(keys.get(0), wait.replicas(), wait.timeoutMs());
            pipeline.sync();
            Object result = reply.get();
            wait.reached(name, replicas.get());
            return result;
        }
    }

    /** The SHA-1 Redis names a script by, so no node has to be asked for it first. */
    static String sha1(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String source(String name) {
        return sources.computeIfAbsent(name, ScriptSources::expanded);
    }
}
