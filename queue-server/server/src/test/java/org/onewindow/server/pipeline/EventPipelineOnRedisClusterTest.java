package org.onewindow.server.pipeline;

/**
 * The event pipeline's tests on a Redis Cluster of three masters: many halls' streams, on
 * different shards, read by instances that start, stop and crash.
 */
class EventPipelineOnRedisClusterTest extends EventPipelineTest {

    @Override
    String server() {
        return "cluster";
    }
}
