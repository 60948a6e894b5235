package org.onewindow.protocol.access;

import java.util.List;

import org.onewindow.protocol.mqtt.TopicFilter;

/**
 * The topic filters one account may read (subscribe to and receive) and write (publish, also as
 * its last-will). Anything not granted is refused.
 *
 * @param read   filters it may subscribe to, or any narrower filter
 * @param write  filters of the topics it may publish on
 */
public record TopicGrants(List<String> read, List<String> write) {

    public TopicGrants {
        read = List.copyOf(read);
        write = List.copyOf(write);
    }

    /** Whether a message on this topic (no wildcards) may be published. */
    public boolean mayPublish(String topic) {
        return !hasWildcard(topic) && write.stream().anyMatch(f -> TopicFilter.matches(f, topic));
    }

    /**
     * Whether this subscription is allowed: it must lie inside one read filter, so that it can
     * never bring a message of another topic. A shared subscription is judged by its filter.
     */
    public boolean maySubscribe(String filter) {
        String plain = TopicFilter.withoutShare(filter);
        return read.stream().anyMatch(granted -> TopicFilter.covers(granted, plain));
    }

    private static boolean hasWildcard(String topic) {
        return topic.contains("+") || topic.contains("#");
    }
}
