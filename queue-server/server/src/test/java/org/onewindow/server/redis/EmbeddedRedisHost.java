package org.onewindow.server.redis;

import java.nio.file.Path;

/**
 * A queue server reduced to its embedded Redis, in a JVM of its own so that a test can kill it
 * as {@code kill -9} would: starts the embedded Redis on the port and data directory given, says
 * {@code READY} and waits for its end.
 */
public final class EmbeddedRedisHost {

    private EmbeddedRedisHost() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedRedis redis = EmbeddedRedis.start(Integer.parseInt(args[0]), Path.of(args[1]));
        System.out.println("READY " + redis.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
