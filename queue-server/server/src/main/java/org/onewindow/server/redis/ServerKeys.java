package org.onewindow.server.redis;

/**
 * Keys about the server instances rather than a hall: who is alive and which instance does each
 * hall's work. All share the hash tag {@code {servers}}, so one script can renew every lease an
 * instance holds in a single call, in one Cluster slot.
 */
public final class ServerKeys {

    private static final String PREFIX = "ow:{servers}:";

    private ServerKeys() {
    }

    /** Sorted set instance id → time of its last lease tick (Redis clock, ms): the live instances. */
    public static String instances() {
        return PREFIX + "instances";
    }

    /** String holding the id of the instance that does the hall's work after a change. */
    public static String hallLease(String hallId) {
        return PREFIX + "lease:" + hallId;
    }
}
