package org.onewindow.server.walk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Looks for what identifies a citizen (the ID number, its last 8 digits, the birth date in it, the
 * full name) in logs, files and Redis, and says where each hit was. A masked name (张*) is no hit.
 */
final class PersonalDataSearch {

    private final List<String> needles = new ArrayList<>();
    private final List<String> hits = new ArrayList<>();
    private final StringBuilder searched = new StringBuilder();

    /** What must not be found of a person: their ID number and full name. */
    PersonalDataSearch person(String idNumber, String fullName) {
        needles.add(idNumber);
        needles.add(idNumber.substring(idNumber.length() - 8));
        needles.add(idNumber.substring(6, 14));
        needles.add(fullName);
        return this;
    }

    List<String> hits() {
        return hits;
    }

    /** Where the search looked, one place a line: so a test can tell it did not search nothing. */
    String searched() {
        return searched.toString();
    }

    void inText(String where, String text) {
        searched.append(where).append('\n');
        for (String needle : needles) {
            if (text.contains(needle)) {
                int at = text.indexOf(needle);
                hits.add(where + " holds " + needle + ": …"
                        + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + needle.length() + 60)) + "…");
            }
        }
    }

    void inLog(String captured) {
        String[] lines = captured.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            inText("log line " + (i + 1), lines[i]);
        }
    }

    /** Every file, read as UTF-8 bytes: the append-only file of Redis keeps its commands as they were sent. */
    void inFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                inText("file " + dir.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key and value of every type, read only. */
    void inRedis(UnifiedJedis redis) {
        if (redis instanceof RedisClusterClient cluster) {
            // SCAN walks one node: a Cluster is searched node by node, each value read through the client.
            for (ConnectionPool node : cluster.getClusterNodes().values()) {
                try (Jedis jedis = new Jedis(node.getResource())) {
                    scan(jedis::scan, redis);
                }
            }
        } else {
            scan(redis::scan, redis);
        }
    }

    private void scan(BiFunction<String, ScanParams, ScanResult<String>> scanner, UnifiedJedis redis) {
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = scanner.apply(cursor, new ScanParams().count(500));
            for (String key : page.getResult()) {
                inText("Redis key name", key);
                inText("Redis key " + key, valueOf(redis, key));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    private static String valueOf(UnifiedJedis jedis, String key) {
        return switch (jedis.type(key)) {
            case "string" -> jedis.get(key);
            case "hash" -> jedis.hgetAll(key).toString();
            case "list" -> jedis.lrange(key, 0, -1).toString();
            case "set" -> jedis.smembers(key).toString();
            case "zset" -> jedis.zrangeWithScores(key, 0, -1).toString();
            case "stream" -> jedis.xrange(key, (StreamEntryID) null, (StreamEntryID) null).stream()
                    .map(e -> e.getID() + "=" + e.getFields()).toList().toString();
            default -> "";
        };
    }
}
