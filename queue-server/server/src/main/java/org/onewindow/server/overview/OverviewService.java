package org.onewindow.server.overview;

import java.security.Principal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.OutOfScopeException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallReach;
import org.onewindow.server.hall.Region;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.HallSnapshot;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.redis.HallKeys;

/**
 * Reads each hall's figures from its live state: one snapshot of its queues and windows, and its
 * numbers issued, two round trips to Redis a hall. A region the manager's scope does not hold is
 * refused, never answered empty, so a typo is not mistaken for a quiet region.
 */
@Service
class OverviewService {

    private static final Comparator<HallOverview.HallRow> BY_PLACE = Comparator
            .comparing((HallOverview.HallRow r) -> code(r.province()))
            .thenComparing(r -> code(r.city()))
            .thenComparing(r -> code(r.county()))
            .thenComparing(HallOverview.HallRow::hallId);

    private final HallDirectory halls;
    private final HallReach reach;
    private final QueueReader reader;
    private final Clock clock;

    OverviewService(HallDirectory halls, HallReach reach, QueueReader reader, Clock clock) {
        this.halls = halls;
        this.reach = reach;
        this.reader = reader;
        this.clock = clock;
    }

    HallOverview overview(Principal who, String regionCode) {
        HallOverview.Division region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            String code = regionCode.strip();
            Region.Division known = halls.division(code).orElseThrow(() -> new InvalidFieldException("region",
                    "no hall lies in a division '" + LogSafe.of(code) + "' (six-digit codes such as 622900)"));
            region = new HallOverview.Division(known.code(), known.name());
        }
        String wanted = region == null ? null : region.code();
        List<Hall> reached = halls.all().stream().filter(h -> reach.reaches(who, h)).toList();
        if (wanted != null && reached.stream().noneMatch(h -> h.inRegion(wanted))) {
            throw new OutOfScopeException("no hall of region " + wanted + " is in your scope");
        }
        List<HallOverview.HallRow> rows = reached.stream().filter(h -> wanted == null || h.inRegion(wanted))
                .map(this::row).sorted(BY_PLACE).toList();
        HallOverview.Figures totals = rows.stream().map(HallOverview.HallRow::figures)
                .reduce(new HallOverview.Figures(0, 0, 0, 0), HallOverview.Figures::plus);
        return new HallOverview(region, reach.everywhere(who), clock.instant(), rows, totals);
    }

    private HallOverview.HallRow row(Hall hall) {
        String day = BusinessDay.today(clock, hall.timeZone());
        HallKeys keys = HallKeys.of(hall.id());
        HallSnapshot snapshot = reader.snapshot(hall.id(), day,
                hall.areas().stream().map(a -> keys.areaQueue(day, a.id())).toList(), 0);
        int waiting = snapshot.queues().stream().mapToInt(HallSnapshot.Queue::length).sum();
        int serving = (int) snapshot.windows().values().stream().filter(w -> !w.current().isEmpty()).count();
        int open = (int) snapshot.windows().values().stream().filter(w -> StoredWindow.OPEN.equals(w.status())).count();
        Region r = hall.region();
        return new HallOverview.HallRow(hall.id(), hall.name(), division(r == null ? null : r.province()),
                division(r == null ? null : r.city()), division(r == null ? null : r.county()),
                new HallOverview.Figures(waiting, serving, open, reader.issued(hall.id(), day)));
    }

    private static HallOverview.Division division(Region.Division d) {
        return d == null ? null : new HallOverview.Division(d.code(), d.name());
    }

    private static String code(HallOverview.Division d) {
        return d == null ? "" : d.code();
    }
}
