package org.onewindow.protocol.rest;

import java.time.Instant;
import java.util.List;

import org.onewindow.protocol.message.DeviceHealth;

/**
 * A device of the hall as the server last heard of it over MQTT (its retained presence and health),
 * for the manager's console.
 *
 * @param deviceId     device id, e.g. kiosk-1
 * @param kind         KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL
 * @param online       what its presence last said; its last-will says offline
 * @param since        when it went online or offline as far as the server knows; null when it has
 *                     reported health but no presence yet
 * @param health       its parts as last reported, empty when it reports none
 * @param worstHealth  OK, WARNING or FAULT: the worst state of its parts, OK when it reports none
 * @param lastHeard    the newest time the device is known to have spoken
 */
public record DeviceView(
        String deviceId,
        String kind,
        boolean online,
        Instant since,
        List<DeviceHealth.Component> health,
        String worstHealth,
        Instant lastHeard) {

    public DeviceView {
        health = health == null ? List.of() : List.copyOf(health);
    }
}
