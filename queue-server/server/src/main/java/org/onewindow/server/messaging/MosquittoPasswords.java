package org.onewindow.server.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accounts' passwords as a Mosquitto {@code password_file}: {@code username:hash} lines, the
 * server's account first, then every enabled device whose token the server made. A disabled
 * device has no line, so the broker refuses it (and, at the reload, ends its open connection).
 */
final class MosquittoPasswords {

    private MosquittoPasswords() {
    }

    /**
     * @param serverHash  the server's own password, hashed for this file
     * @param devices     device id to its hash, as {@code DeviceRegistry.mosquittoPasswords()} gives them
     */
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
