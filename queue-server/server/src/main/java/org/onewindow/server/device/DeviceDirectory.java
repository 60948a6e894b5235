package org.onewindow.server.device;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.server.hall.HallDirectory;

/**
 * Every device each hall has heard of, in memory: the retained topics bring it all back on every
 * (re)connect, so nothing needs to outlive the server, and each instance keeps its own.
 */
@Component
class DeviceDirectory {

    private final HallDirectory halls;
    private final Clock clock;
    private final Map<String, Map<String, DeviceState>> devices = new ConcurrentHashMap<>();

    DeviceDirectory(HallDirectory halls, Clock clock) {
        this.halls = halls;
        this.clock = clock;
    }

    void presence(String hallId, String deviceId, DevicePresence presence, boolean retained) {
        update(hallId, deviceId, d -> d.withPresence(presence, retained, clock.instant()));
    }

    /** Records the report and returns the device as it is now, its parts' faults coded. */
    DeviceState health(String hallId, String deviceId, DeviceHealth report, boolean retained) {
        return update(hallId, deviceId, d -> d.withHealth(report, retained, clock.instant()));
    }

    /** Its retained presence was cleared: the device was taken out of service. */
    void presenceCleared(String hallId, String deviceId) {
        hall(hallId).remove(deviceId);
    }

    void healthCleared(String hallId, String deviceId) {
        hall(hallId).computeIfPresent(deviceId, (id, known) -> known.withoutHealth());
    }

    /** The hall's devices by kind, then id; an unknown hall is {@code NotFoundException}. */
    List<DeviceView> devices(String hallId) {
        halls.get(hallId);
        return hall(hallId).values().stream().map(DeviceState::view)
                .sorted(Comparator.comparing(DeviceView::kind).thenComparing(DeviceView::deviceId))
                .toList();
    }

    private DeviceState update(String hallId, String deviceId, UnaryOperator<DeviceState> change) {
        return hall(hallId).compute(deviceId, (id, known) -> change.apply(known == null ? DeviceState.unheard(id) : known));
    }

    private Map<String, DeviceState> hall(String hallId) {
        return devices.computeIfAbsent(hallId, h -> new ConcurrentHashMap<>());
    }
}
