package org.onewindow.server.device;

import java.time.Instant;
import java.util.List;

import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.rest.DeviceView;

/**
 * What the server knows of one device. A live message is news at the moment it arrives; a retained
 * one, delivered on (re)subscribing, is the device's latest word and only as new as its {@code at}.
 */
record DeviceState(
        String deviceId,
        String kind,
        boolean online,
        Instant since,
        List<DeviceHealth.Component> health,
        Instant lastHeard) {

    DeviceState {
        health = List.copyOf(health);
    }

    static DeviceState unheard(String deviceId) {
        return new DeviceState(deviceId, "", false, null, List.of(), null);
    }

    /**
     * @param retained  delivered from the broker's store rather than live
     * @param now       when it arrived
     */
    DeviceState withPresence(DevicePresence presence, boolean retained, Instant now) {
        // Only a change moves "since". Live, the change happened now: the at of a last-will is when
        // the device connected, not when it died.
        boolean changed = since == null || online != presence.online();
        Instant newSince = !changed ? since : retained ? presence.at() : now;
        return new DeviceState(deviceId, kindOr(presence.kind()), presence.online(), newSince, health,
                latest(retained ? presence.at() : now));
    }

    DeviceState withHealth(DeviceHealth report, boolean retained, Instant now) {
        return new DeviceState(deviceId, kindOr(report.kind()), online, since,
                report.components().stream().map(FaultCodes::coded).toList(), latest(retained ? report.at() : now));
    }

    DeviceState withoutHealth() {
        return new DeviceState(deviceId, kind, online, since, List.of(), lastHeard);
    }

    DeviceView view() {
        return new DeviceView(deviceId, kind, online, since, health, worst(health), lastHeard);
    }

    /** FAULT before WARNING before OK; a state this server does not know counts as WARNING, so staff look. */
    static String worst(List<DeviceHealth.Component> parts) {
        if (parts.stream().anyMatch(p -> "FAULT".equals(p.state()))) {
            return "FAULT";
        }
        return parts.stream().allMatch(p -> "OK".equals(p.state())) ? "OK" : "WARNING";
    }

    private String kindOr(String reported) {
        return reported == null || reported.isBlank() ? kind : reported;
    }

    private Instant latest(Instant heard) {
        return lastHeard == null || heard.isAfter(lastHeard) ? heard : lastHeard;
    }
}
