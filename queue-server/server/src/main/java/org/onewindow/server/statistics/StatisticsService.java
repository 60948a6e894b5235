package org.onewindow.server.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.StoredTicket;

/**
 * A day's statistics: today's made live from its tickets; a past day's from its summary, made
 * from its tickets and kept the first time it is asked for or swept (docs/adr/0008).
 */
@Service
class StatisticsService {

    private static final Logger log = LoggerFactory.getLogger(StatisticsService.class);

    /**
     * A day's tickets expire three days after its last ticket was issued (TicketService), so those
     * of the two days before today are surely still there: a day of them without tickets had none.
     */
    private static final int DAYS_SURELY_KEPT = 2;
    /** Past days each sweep looks at: longer than tickets are kept, so that none is missed. */
    private static final int DAYS_SWEPT = 7;

    private final HallDirectory halls;
    private final StatisticsStore store;
    private final StatisticsSettings settings;
    private final DayRatings ratings;
    private final Clock clock;

    StatisticsService(HallDirectory halls, StatisticsStore store, StatisticsSettings settings, DayRatings ratings,
                      Clock clock) {
        this.halls = halls;
        this.store = store;
        this.settings = settings;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** The statistics of a day given as yyyy-MM-dd, today when none is given. */
    DayStatistics of(String hallId, String date) {
        Hall hall = halls.get(hallId);
        LocalDate today = today(hall);
        LocalDate day = date == null || date.isBlank() ? today : parse(date);
        if (day.isAfter(today)) {
            throw new InvalidFieldException("date", "is after today, " + today + " in " + hall.timeZone());
        }
        return RatingCounts.overlay(of(hall, day, today), ratings.ofDay(hall.id(), day));
    }

    /**
     * Summarises every past day still in Redis, so that a day nobody asked about is kept all the
     * same. Hourly, and soon after start: a day is summarised long before its tickets expire.
     */
    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    void summarisePastDays() {
        for (Hall hall : halls.all()) {
            LocalDate today = today(hall);
            for (int back = 1; back <= DAYS_SWEPT; back++) {
                try {
                    of(hall, today.minusDays(back), today);
                } catch (NotFoundException e) {
                    // Expired before any instance summarised it, or before this hall was served.
                } catch (RuntimeException e) {
                    log.warn("Could not summarise {} of hall {}: {}", today.minusDays(back), hall.id(), e.toString());
                }
            }
        }
    }

    private DayStatistics of(Hall hall, LocalDate day, LocalDate today) {
        String key = BusinessDay.format(day);
        if (day.equals(today)) {
            return StatisticsCalculator.of(hall, day, store.tickets(hall.id(), key), false, clock.instant());
        }
        return store.summary(hall.id(), key).orElseGet(() -> summarise(hall, day, today));
    }

    private DayStatistics summarise(Hall hall, LocalDate day, LocalDate today) {
        String key = BusinessDay.format(day);
        List<StoredTicket> tickets = store.tickets(hall.id(), key);
        if (tickets.isEmpty() && day.isBefore(today.minusDays(DAYS_SURELY_KEPT))) {
            // Its tickets may have expired before anyone summarised them: zeros would be a guess.
            throw new NotFoundException("statistics for", day.toString());
        }
        DayStatistics summary = StatisticsCalculator.of(hall, day, tickets, true, clock.instant());
        return store.keep(hall.id(), key, summary, settings.keepSummaries());
    }

    private LocalDate today(Hall hall) {
        return LocalDate.now(clock.withZone(hall.timeZone()));
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be a day as yyyy-MM-dd, e.g. 2026-11-24");
        }
    }
}
