package org.onewindow.protocol.mqtt;

/**
 * MQTT topic filter matching ({@code +} one level, {@code #} the rest). A shared subscription
 * ({@code $share/group/filter}: each message to one member of the group) matches as its filter.
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    public static boolean matches(String filter, String topic) {
        String[] f = withoutShare(filter).split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length || !(f[i].equals("+") || f[i].equals(t[i]))) {
                return false;
            }
        }
        return f.length == t.length;
    }

    /** A shared subscription for a group of consumers: each message reaches one of them. */
    public static String shared(String group, String filter) {
        return "$share/" + group + "/" + filter;
    }

    private static String withoutShare(String filter) {
        if (!filter.startsWith("$share/")) {
            return filter;
        }
        int groupEnd = filter.indexOf('/', "$share/".length());
        return groupEnd < 0 ? filter : filter.substring(groupEnd + 1);
    }
}
