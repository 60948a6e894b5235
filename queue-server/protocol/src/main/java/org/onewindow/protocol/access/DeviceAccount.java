package org.onewindow.protocol.access;

import java.util.Objects;

import org.onewindow.protocol.topic.HallTopics;

/**
 * A device as the broker knows it: its id (the MQTT username), kind, hall and, for window screens
 * and evaluators, its window.
 *
 * @param id        e.g. kiosk-1
 * @param kind      what it is
 * @param hallId    the hall it stands in; it sees nothing of another hall
 * @param windowNo  the window of a WINDOW_SCREEN or EVALUATOR; null for the others
 */
public record DeviceAccount(String id, DeviceKind kind, String hallId, String windowNo) {

    public DeviceAccount {
        Objects.requireNonNull(kind, "kind");
        if (!HallTopics.isSafeId(id)) {
            throw new IllegalArgumentException("device id must be a safe topic level: " + id);
        }
        if (!HallTopics.isSafeId(hallId)) {
            throw new IllegalArgumentException("device " + id + " needs a hall");
        }
        if (kind.servesOneWindow() && !HallTopics.isSafeId(windowNo)) {
            throw new IllegalArgumentException("device " + id + " (" + kind + ") needs a window");
        }
        windowNo = kind.servesOneWindow() ? windowNo : null;
    }
}
