package org.onewindow.server.statistics.range;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.ServiceItem;

/** A hall's statistics over a period, put together from the three queries. */
@Service
public class RangeStatisticsService {

    private static final TicketFigures.Row NO_TICKETS = new TicketFigures.Row(null, 0, 0, 0, 0, 0, null, null, null, null);
    private static final FollowUpFigures.Row NO_FOLLOW_UPS = new FollowUpFigures.Row(null, 0, 0, 0, 0);

    private final HallDirectory halls;
    private final TicketFigures tickets;
    private final RatingFigures ratings;
    private final FollowUpFigures followUps;
    private final Clock clock;

    RangeStatisticsService(HallDirectory halls, TicketFigures tickets, RatingFigures ratings, FollowUpFigures followUps,
                           Clock clock) {
        this.halls = halls;
        this.tickets = tickets;
        this.ratings = ratings;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** Checks the request (400 when it is wrong) and reads the figures. */
    public RangeStatistics of(String hallId, String from, String to, String by) {
        return of(RangeRequest.of(halls.get(hallId), from, to, by));
    }

    public RangeStatistics of(RangeRequest range) {
        LocalDate today = LocalDate.now(clock.withZone(range.hall().timeZone()));
        Map<String, TicketFigures.Row> ticketRows = tickets.of(range);
        Map<String, Map<String, Long>> ratingCounts = ratings.of(range);
        Map<String, FollowUpFigures.Row> followUpRows = followUps.of(range, today);

        TreeSet<String> keys = new TreeSet<>();
        for (Map<String, ?> rows : List.of(ticketRows, ratingCounts, followUpRows)) {
            rows.keySet().stream().filter(k -> k != null).forEach(keys::add);
        }
        List<RangeStatistics.Group> groups = new ArrayList<>();
        for (String key : keys) {
            groups.add(new RangeStatistics.Group(key, name(range.hall(), range.by(), key),
                    figures(ticketRows.get(key), ratingCounts.get(key), followUpRows.get(key))));
        }
        return new RangeStatistics(range.hall().id(), range.from().toString(), range.to().toString(), range.days(),
                range.by().wire(), groups, figures(ticketRows.get(null), ratingCounts.get(null), followUpRows.get(null)));
    }

    private static RangeStatistics.Figures figures(TicketFigures.Row t, Map<String, Long> levels, FollowUpFigures.Row f) {
        t = t == null ? NO_TICKETS : t;
        f = f == null ? NO_FOLLOW_UPS : f;
        Map<String, Long> byLevel = new LinkedHashMap<>();
        long rated = 0;
        long bad = 0;
        for (RatingLevel level : RatingLevel.values()) {
            long n = levels == null ? 0 : levels.getOrDefault(level.name(), 0L);
            byLevel.put(level.name(), n);
            rated += n;
            bad += level.bad() ? n : 0;
        }
        long settled = f.onTime() + f.late() + f.overdue();
        return new RangeStatistics.Figures(t.tickets(), t.served(), t.noShows(), t.transferred(),
                t.servedAtComprehensive(), percent(t.servedAtComprehensive(), t.served()), t.waitP50(), t.waitP90(),
                t.serviceP50(), t.serviceP90(), byLevel, rated, percent(rated - bad, rated), percent(bad, rated),
                f.followUps(), f.onTime(), f.late(), f.overdue(), percent(f.onTime(), settled));
    }

    /** A share in % to one decimal; null when there is nothing to share. */
    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static String name(Hall hall, RangeGrouping by, String key) {
        switch (by) {
            case AREA:
                return hall.area(key).map(Area::name).orElse(key);
            case ITEM:
                return hall.item(key).map(ServiceItem::name).orElse(key);
            default:
                return key;
        }
    }
}
