package org.onewindow.server.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts' passwords as a Mosquitto {@code password_file}: {@code username:hash} lines, the
 * server's account first, then every enabled device with a hash. A disabled device has no line,
 * so the broker refuses it (and, at the reload, ends its open connection).
 */
final class MosquittoPasswords {

    private MosquittoPasswords() {
    }

    /**
     * @param serverHash  the server's own password, hashed for this file
     * @param devices     device id to its hash, as {@link #lines} gives them
     */
    /**
     * The hash of each device an enabled device's line: the one the server made with its token, or
     * else the administrator's line of the file as it was (a device seeded from the configuration,
     * whose token the server never saw). Any other line of the old file (an unknown user, a
     * disabled device) is dropped.
     */
    static Map<String, String> lines(List<String> enabledDevices, Map<String, String> made, String oldFile) {
        Map<String, String> old = new LinkedHashMap<>();
        oldFile.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0)
                .forEach(l -> old.putIfAbsent(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1)));
        Map<String, String> lines = new LinkedHashMap<>();
        for (String id : enabledDevices) {
            String hash = made.containsKey(id) ? made.get(id) : old.get(id);
            if (hash != null) {
                lines.put(id, hash);
            }
        }
        return lines;
    }

    static String of(String serverUsername, String serverHash, Map<String, String> devices) {
        List<String> lines = new ArrayList<>(List.of(
                "# Mosquitto password_file written by the OneWindow queue server from the registered devices",
                "# (docs/security.md, \"Mosquitto in production\"). Do not edit: it is replaced at every change.",
                serverUsername + ":" + serverHash));
        devices.forEach((id, hash) -> {
            if (!id.equals(serverUsername)) {
                lines.add(id + ":" + hash);
            }
        });
        return String.join("\n", lines) + "\n";
    }
}
