package org.onewindow.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * Health of a device's parts (reader, scanner, printer paper...). Retained.
 *
 * @param deviceId    device id
 * @param kind        device kind, as in {@link DevicePresence}
 * @param components  one entry per part
 * @param at          when measured
 */
public record DeviceHealth(String deviceId, String kind, List<Component> components, Instant at) {

    public DeviceHealth {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /**
     * One part of a device.
     *
     * @param name    e.g. printer, idcard-reader, scanner
     * @param state   OK, WARNING (e.g. paper low) or FAULT (e.g. paper out, no answer)
     * @param detail  plain words for staff, e.g. "纸将尽"
     */
    public record Component(String name, String state, String detail) {
    }
}
