package org.onewindow.server.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.server.queue.StoredTicket;

/** Counts and times of a set of tickets (an area's, or the hall's), added one ticket at a time. */
final class Tally {

    private int issued;
    private int waiting;
    private int called;
    private int done;
    private int noShow;
    private int transferred;
    private int finishedAtComprehensive;
    private final List<Long> waits = new ArrayList<>();
    private final List<Long> services = new ArrayList<>();

    void add(StoredTicket ticket, boolean atComprehensiveWindow) {
        issued++;
        switch (ticket.status()) {
            case StoredTicket.WAITING -> waiting++;
            case StoredTicket.CALLED -> called++;
            case StoredTicket.DONE -> done++;
            case StoredTicket.NO_SHOW -> noShow++;
            default -> { }
        }
        if (ticket.transfers() > 0) {
            transferred++;
        }
        if (ticket.calledAt() > 0) {
            // From when the citizen was in the hall: a ticket taken by phone waits from its check-in.
            waits.add(seconds(ticket.arrival() > 0 ? ticket.arrival() : ticket.issued(), ticket.calledAt()));
        }
        if (StoredTicket.DONE.equals(ticket.status())) {
            // From the last call, as finish.lua measures it: after a recall or a transfer the
            // citizen came to the window only then.
            services.add(seconds(ticket.lastCalledAt(), ticket.finishedAt()));
            if (atComprehensiveWindow) {
                finishedAtComprehensive++;
            }
        }
    }

    DayStatistics.Figures figures() {
        Double comprehensivePercent = done == 0 ? null : Math.round(finishedAtComprehensive * 1000.0 / done) / 10.0;
        return new DayStatistics.Figures(issued, waiting, called, done, noShow, transferred, finishedAtComprehensive,
                comprehensivePercent, Percentile.of(waits, 50), Percentile.of(waits, 90),
                Percentile.of(services, 50), Percentile.of(services, 90), Map.of());
    }

    /** Whole seconds, never negative: instances' clocks may differ by a little. */
    private static long seconds(long fromMillis, long toMillis) {
        return Math.max(0, toMillis - fromMillis) / 1000;
    }
}
