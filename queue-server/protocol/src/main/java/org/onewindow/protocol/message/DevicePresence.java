package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * Whether a device (or the server) is connected. Retained; the device's MQTT last-will
 * publishes {@code online=false}.
 *
 * @param deviceId  device id, e.g. kiosk-1, board-main, server
 * @param kind      KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL, SERVER
 * @param online    connected or not
 * @param at        when the device said so (for a last-will: when it connected)
 */
public record DevicePresence(String deviceId, String kind, boolean online, Instant at) {
}
