package org.onewindow.server.pipeline;

/**
 * The consumer groups of a hall's event log. Each reads every entry on its own, so that a broker
 * that is away delays the devices and never the records, and a records database that is away
 * delays the archive and never the devices.
 */
public enum EffectGroup {
    /** What is written to Redis after a change: cases, ratings offered at the terminals. */
    RECORDS("records"),
    /** What devices are told over MQTT: calls, the board, screens and queues, evaluators. */
    DEVICES("devices"),
    /** What is kept in PostgreSQL after the day: a database that is away delays only these. */
    ARCHIVE("archive");

    private final String groupName;

    EffectGroup(String groupName) {
        this.groupName = groupName;
    }

    /** The consumer group's name in Redis. */
    public String groupName() {
        return groupName;
    }
}
