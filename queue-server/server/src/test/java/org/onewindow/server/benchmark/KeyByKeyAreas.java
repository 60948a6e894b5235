package org.onewindow.server.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.server.estimate.WaitEstimator;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.redis.HallKeys;

/**
 * The area queues read as they were before the one script, key by key (three round trips per
 * area), through the same stack: the before and after of that change side by side in one run.
 * A test component: scanning leaves it out, only the benchmark imports it, so no other test's
 * server has it (nor has to list it among the operations who may call).
 */
@TestComponent
@RestController
class KeyByKeyAreas {

    private final HallDirectory halls;
    private final QueueReader reader;
    private final Clock clock;

    KeyByKeyAreas(HallDirectory halls, QueueReader reader, Clock clock) {
        this.halls = halls;
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/api/halls/{hall}/areas-key-by-key")
    List<AreaQueue> areas(@PathVariable("hall") String hallId) {
        Hall hall = halls.get(hallId);
        long seq = reader.version(hallId);
        String day = BusinessDay.today(clock, hall.timeZone());
        Map<String, StoredWindow> windows = reader.windows(hallId);
        Map<String, List<Long>> samples = reader.serviceSamples(hallId);
        Instant now = clock.instant();
        List<AreaQueue> queues = new ArrayList<>();
        for (Area area : hall.areas()) {
            String queueKey = HallKeys.of(hallId).areaQueue(day, area.id());
            int waiting = reader.queueLength(queueKey);
            int open = (int) hall.windows().stream().filter(w -> servesNow(w, windows.get(w.no()), area.id())).count();
            long typical = WaitEstimator.typicalServiceSeconds(samples.get(area.id()), area.defaultServiceMinutes());
            long oldest = waiting == 0 ? -1 : reader.oldestArrival(hallId, day, queueKey);
            OptionalLong wait = WaitEstimator.waitSeconds(waiting, typical, open);
            queues.add(new AreaQueue(hallId, area.id(), area.name(), area.nameEn(), area.prefix(), waiting, open,
                    wait.isPresent() ? wait.getAsLong() : null,
                    oldest < 0 ? 0 : Math.max(0, (now.toEpochMilli() - oldest) / 1000), seq, now, open == 0));
        }
        return queues;
    }

    private static boolean servesNow(HallWindow config, StoredWindow state, String areaId) {
        if (state == null || !StoredWindow.OPEN.equals(state.status())) {
            return false;
        }
        return state.isTidalOpen() ? state.tidalAreaList().contains(areaId) : config.areas().contains(areaId);
    }
}
