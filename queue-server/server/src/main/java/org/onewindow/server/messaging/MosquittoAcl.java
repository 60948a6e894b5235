package org.onewindow.server.messaging;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.access.TopicGrants;
import org.onewindow.protocol.mqtt.TopicFilter;

/**
 * The access table as a Mosquitto {@code acl_file}: one {@code user} block per account with its
 * grants spelled out. Mosquitto's {@code pattern} lines could substitute the username (%u) but not
 * the device's hall or window, so every device gets its own block, made from the same
 * {@link MqttAccess} table the embedded broker applies.
 */
final class MosquittoAcl {

    private MosquittoAcl() {
    }

    static String of(String serverUsername, String serversGroup, List<DeviceAccount> devices) {
        List<String> lines = new ArrayList<>(List.of(
                "# Mosquitto acl_file written by the OneWindow queue server from onewindow.security.devices",
                "# (docs/security.md, \"The device network (MQTT)\"). Do not edit: register devices instead.",
                ""));
        TopicGrants server = MqttAccess.server();
        lines.add("user " + serverUsername);
        for (String filter : server.read()) {
            lines.add("topic readwrite " + filter);
            // Mosquitto judges a shared subscription by its whole name, group included.
            lines.add("topic readwrite " + TopicFilter.shared(serversGroup, filter));
        }
        for (DeviceAccount device : devices) {
            TopicGrants grants = MqttAccess.of(device);
            lines.add("");
            lines.add("# " + device.kind() + " in hall " + device.hallId()
                    + (device.windowNo() == null ? "" : ", window " + device.windowNo()));
            lines.add("user " + device.id());
            grants.read().forEach(f -> lines.add("topic read " + f));
            grants.write().forEach(f -> lines.add("topic write " + f));
        }
        return String.join("\n", lines) + "\n";
    }
}
