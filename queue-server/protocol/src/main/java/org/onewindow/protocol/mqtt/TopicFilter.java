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

    /**
     * Whether every topic the {@code requested} filter can match is matched by {@code granted}:
     * {@code a/+/c} lies inside {@code a/#} and {@code a/+/c}, but {@code a/#} does not lie inside
     * {@code a/+/c}, nor {@code a/+} inside {@code a/b}.
     */
    public static boolean covers(String granted, String requested) {
        String[] g = granted.split("/", -1);
        String[] r = requested.split("/", -1);
        for (int i = 0; i < g.length; i++) {
            if (g[i].equals("#")) {
                return true;
            }
            if (i >= r.length || r[i].equals("#")) {
                return false;
            }
            if (!g[i].equals("+") && !g[i].equals(r[i])) {
                return false; // a literal level covers only itself, not a wildcard
            }
        }
        return g.length == r.length;
    }

    /** The filter of a shared subscription ({@code $share/group/filter}); any other filter as it is. */
    public static String withoutShare(String filter) {
        if (!filter.startsWith("$share/")) {
            return filter;
        }
        int groupEnd = filter.indexOf('/', "$share/".length());
        return groupEnd < 0 ? filter : filter.substring(groupEnd + 1);
    }
}
