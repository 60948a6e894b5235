package org.onewindow.server.benchmark;

import java.util.Map;
import java.util.TreeMap;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * What a set of halls' keys weigh in Redis, by family (the part of the name after the hall's tag:
 * {@code tickets}, {@code requests}, {@code events}...), with MEMORY USAGE of every key, every
 * element counted ({@code SAMPLES 0}); and the server's {@code used_memory}.
 */
final class KeyFamilies {

    private KeyFamilies() {
    }

    /** Bytes by family of every key whose hall id starts with {@code hallPrefix}; a family of {@code -long} halls is named "long ...". */
    static Map<String, Long> weigh(Jedis jedis, String hallPrefix) {
        Map<String, Long> bytes = new TreeMap<>();
        ScanParams match = new ScanParams().match("ow:{" + hallPrefix + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, match);
            for (String key : page.getResult()) {
                Long size = jedis.memoryUsage(key, 0);
                bytes.merge(family(key), size == null ? 0 : size, Long::sum);
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return bytes;
    }

    static String family(String key) {
        int tagEnd = key.indexOf("}:");
        String rest = key.substring(tagEnd + 2);
        int colon = rest.indexOf(':');
        String family = colon < 0 ? rest : rest.substring(0, colon);
        return key.substring(0, tagEnd).endsWith(LongFormCopy.SUFFIX) ? "long " + family : family;
    }

    static long usedMemory(Jedis jedis) {
        for (String line : jedis.info("memory").split("\r?\n")) {
            if (line.startsWith("used_memory:")) {
                return Long.parseLong(line.substring("used_memory:".length()).trim());
            }
        }
        throw new IllegalStateException("no used_memory in INFO memory");
    }

    static String redisVersion(Jedis jedis) {
        for (String line : jedis.info("server").split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length()).trim();
            }
        }
        return "?";
    }
}
