package org.onewindow.server.device;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * The faults of the hall's devices that managers are alerted to, in Redis so that an
 * acknowledgement holds for every manager, every server instance and after a restart (ADR 0013).
 * A fault begins when a report shows a part FAULT that was not, and ends with the first report
 * that shows it otherwise; a fault that begins again is a new one, with a new id, raised anew.
 * Every server instance hears every report: the fault is begun, ended and acknowledged by scripts
 * that make them agree on one fault, and no acknowledgement outlives its fault.
 */
@Component
public class DeviceAlerts {

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final Clock clock;
    private final LiveStreams live;

    DeviceAlerts(UnifiedJedis redis, LuaScripts scripts, Clock clock, LiveStreams live) {
        this.redis = redis;
        this.scripts = scripts;
        this.clock = clock;
        this.live = live;
    }

    /** Brings the device's faults in line with its latest report. */
    void reported(String hallId, String deviceId, String kind, List<DeviceHealth.Component> parts, Instant at) {
        HallKeys keys = HallKeys.of(hallId);
        Set<String> faulty = parts.stream().filter(p -> "FAULT".equals(p.state()))
                .map(p -> StoredFault.field(deviceId, p.name())).collect(Collectors.toSet());
        for (DeviceHealth.Component part : parts) {
            if ("FAULT".equals(part.state())) {
                StoredFault fault = new StoredFault(UUID.randomUUID().toString(), deviceId, kind, part.name(),
                        part.code(), part.detail() == null ? "" : part.detail(), at.toEpochMilli());
                scripts.run("device_fault_begin", List.of(keys.deviceFaults()),
                        List.of(StoredFault.field(deviceId, part.name()), JsonCodec.toJson(fault)));
            }
        }
        stored(keys).entrySet().stream()
                .filter(e -> JsonCodec.fromJson(e.getValue(), StoredFault.class).deviceId().equals(deviceId)
                        && !faulty.contains(e.getKey()))
                .forEach(e -> scripts.run("device_fault_end", List.of(keys.deviceFaults(), keys.deviceFaultAcknowledgements()),
                        List.of(e.getKey(), e.getValue(), JsonCodec.fromJson(e.getValue(), StoredFault.class).id())));
    }

    /** The device no longer reports health, or was taken out of service: its faults end. */
    void cleared(String hallId, String deviceId) {
        reported(hallId, deviceId, "", List.of(), clock.instant());
    }

    /** Every fault still on, acknowledged or not, newest first. */
    public List<DeviceAlert> open(String hallId) {
        HallKeys keys = HallKeys.of(hallId);
        Map<String, StoredFault> faults = faults(redis, keys);
        Map<String, String> acks = redis.hgetAll(keys.deviceFaultAcknowledgements());
        return faults.values().stream()
                .map(f -> view(f, acks.get(f.id())))
                .sorted(Comparator.comparing(DeviceAlert::since).reversed().thenComparing(DeviceAlert::deviceId))
                .toList();
    }

    /**
     * Records that a manager has seen the fault, for every manager, and tells the consoles here.
     * Acknowledged twice, the first stays. A fault that has ended (or never was) is
     * {@code NotFoundException}.
     */
    DeviceAlert acknowledge(String hallId, String faultId, String by) {
        HallKeys keys = HallKeys.of(hallId);
        Map.Entry<String, String> stored = stored(keys).entrySet().stream()
                .filter(e -> JsonCodec.fromJson(e.getValue(), StoredFault.class).id().equals(faultId)).findFirst()
                .orElseThrow(() -> new NotFoundException("device fault", faultId));
        Object ack = scripts.run("device_fault_acknowledge", List.of(keys.deviceFaults(), keys.deviceFaultAcknowledgements()),
                List.of(stored.getKey(), stored.getValue(), faultId,
                        JsonCodec.toJson(new StoredAcknowledgement(by, clock.millis()))));
        if (!(ack instanceof String json)) {
            throw new NotFoundException("device fault", faultId);
        }
        live.changed(hallId, "devices");
        return view(JsonCodec.fromJson(stored.getValue(), StoredFault.class), json);
    }

    /** The hall's faults as stored: device|part to the fault's JSON. */
    private Map<String, String> stored(HallKeys keys) {
        return redis.hgetAll(keys.deviceFaults());
    }

    private static Map<String, StoredFault> faults(UnifiedJedis jedis, HallKeys keys) {
        return jedis.hgetAll(keys.deviceFaults()).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> JsonCodec.fromJson(e.getValue(), StoredFault.class)));
    }

    private static DeviceAlert view(StoredFault f, String ackJson) {
        StoredAcknowledgement ack = ackJson == null ? null : JsonCodec.fromJson(ackJson, StoredAcknowledgement.class);
        return new DeviceAlert(f.id(), f.deviceId(), f.kind(), f.part(), f.code(), f.detail(), Instant.ofEpochMilli(f.since()),
                ack == null ? "" : ack.by(), ack == null ? null : Instant.ofEpochMilli(ack.at()));
    }
}
