package org.onewindow.protocol.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.onewindow.protocol.topic.HallTopics;

/**
 * The broker's access rules, by kind (docs/security.md, "The device network (MQTT)"). H is the
 * device's hall, D its id, W its window. Every device writes only its own presence and health and
 * reads the server's presence; beyond that each kind reads what its screen shows, a terminal (and a
 * kiosk, which is one outside opening hours) asks on its own request topics and hears its own replies, and an evaluator rates at its own window.
 * No device reads another device's replies, requests or rating requests, and none publishes hall
 * state: those are the server's alone.
 */
public final class MqttAccess {

    /** How the name of the group the server instances share requests and ratings in begins. */
    public static final String SERVER_GROUP_PREFIX = "onewindow-servers";

    private static final byte[] GROUP_LABEL = "onewindow shared subscription group".getBytes(StandardCharsets.UTF_8);

    private MqttAccess() {
    }

    /**
     * The group the server instances share requests and ratings in, named from the servers' MQTT
     * password. A device that joined the group would be handed a share of the requests, which a
     * broker that lets it subscribe but not read (Mosquitto) then drops: a name no device can
     * guess keeps devices out. Every instance with the same password shares the same group.
     */
    public static String serverGroup(String serverPassword) {
        if (serverPassword == null || serverPassword.isEmpty()) {
            return SERVER_GROUP_PREFIX; // an open development broker: nothing to keep out
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverPassword.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return SERVER_GROUP_PREFIX + "-" + HexFormat.of().formatHex(mac.doFinal(GROUP_LABEL), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The queue server's own account: everything of every hall. */
    public static TopicGrants server() {
        String all = HallTopics.ROOT + "/#";
        return new TopicGrants(List.of(all), List.of(all));
    }

    /** What one registered device may do. */
    public static TopicGrants of(DeviceAccount device) {
        HallTopics h = HallTopics.forHall(device.hallId());
        String d = device.id();
        String w = device.windowNo();
        List<String> read = new ArrayList<>(List.of(h.serverPresence()));
        List<String> write = new ArrayList<>(List.of(h.devicePresence(d), h.deviceHealth(d)));
        switch (device.kind()) {
            case BOARD -> read.addAll(List.of(h.board(), h.calls(), h.allAreaQueues(), h.allWindowScreens(),
                    h.tidalSuggestions()));
            case WINDOW_SCREEN -> read.addAll(List.of(h.windowScreen(w), h.calls(), h.board()));
            case EVALUATOR -> {
                read.addAll(List.of(h.evaluatorPending(w), h.evaluatorRequest(w), h.evaluatorResult(w), h.windowScreen(w)));
                write.add(h.evaluatorRating(w));
            }
            // A kiosk in auto mode is a 24-hour terminal outside opening hours, asking as itself.
            case KIOSK -> {
                read.addAll(List.of(h.allAreaQueues(), h.board(), h.deviceReplies(d)));
                write.add(h.deviceRequests(d));
            }
            case TERMINAL -> {
                read.addAll(List.of(h.deviceReplies(d), h.allAreaQueues()));
                write.add(h.deviceRequests(d));
            }
        }
        return new TopicGrants(read, write);
    }
}
