package org.onewindow.server.pipeline;

/**
 * The consumer groups of a hall's event log. Each reads every entry on its own, so that a broker
 * that is away delays the devices and never the records.
 */
public enum EffectGroup {
    /** What is written to Redis after a change: cases, ratings offered at the terminals. */
    RECORDS("records"),
    /** What devices are told over MQTT: calls, the board, screens and queues, evaluators. */
    DEVICES("devices");

    private final String groupName;

    EffectGroup(String groupName) {
        this.groupName = groupName;
    }

    /** The consumer group's name in Redis. */
    public String groupName() {
        return groupName;
    }
}
