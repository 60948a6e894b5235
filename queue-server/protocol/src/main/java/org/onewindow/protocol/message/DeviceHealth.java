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
     * @param detail  the device's own words, e.g. "纸将尽" or "find card: no answer within 500 ms"
     * @param code    a known condition by a stable name (e.g. READER_NO_ANSWER) that consoles put in
     *                their own language; optional: a device may leave it out, and the server then
     *                recognises the words of the known faults (docs/consoles.md lists the codes)
     */
    public record Component(String name, String state, String detail, String code) {

        public Component {
            code = code == null ? "" : code;
        }

        /** A part reported without a code, as devices do that know none. */
        public Component(String name, String state, String detail) {
            this(name, state, detail, "");
        }
    }
}
