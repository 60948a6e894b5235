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
 * from its tickets and kept in the records the first time it is asked for or swept (docs/adr/0008,
 * docs/adr/0036).
 */
@Service
public class StatisticsService {

    private static final Logger log = LoggerFactory.getLogger(StatisticsService.class);

    /**
     * A day's tickets stay in Redis until the records hold the day and its summary, or at the
     * latest until {@link BusinessDay#KEYS_KEPT}: a day younger than that without a summary and
     * without tickets had none. An older one may have had tickets that expired unsummarised.
     */
    private static final int DAYS_SURELY_KEPT = (int) BusinessDay.KEYS_KEPT.toDays() - 1;
    /** Past days each sweep looks at: a day leaves Redis only once summarised, so none is missed. */
    private static final int DAYS_SWEPT = 7;

    private final HallDirectory halls;
    private final StatisticsStore store;
    private final DaySummaries summaries;
    private final DayRatings ratings;
    private final Clock clock;

    StatisticsService(HallDirectory halls, StatisticsStore store, DaySummaries summaries, DayRatings ratings,
                      Clock clock) {
        this.halls = halls;
        this.store = store;
        this.summaries = summaries;
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

    /**
     * Makes sure the summary of a past day is kept in the records, making it from the day's tickets
     * if need be; whether it is kept is for {@link DaySummaries#kept} to say (the records may be away).
     */
    public void summarise(String hallId, LocalDate day) {
        Hall hall = halls.get(hallId);
        LocalDate today = today(hall);
        if (day.isBefore(today)) {
            of(hall, day, today);
        }
    }

    private DayStatistics of(Hall hall, LocalDate day, LocalDate today) {
        String key = BusinessDay.format(day);
        if (day.equals(today)) {
            return StatisticsCalculator.of(hall, day, store.tickets(hall.id(), key), false, clock.instant());
        }
        return summaries.find(hall.id(), day)
                .or(() -> store.earlierSummary(hall.id(), key).map(earlier -> keep(hall, day, earlier)))
                .orElseGet(() -> summarise(hall, day, today));
    }

    private DayStatistics summarise(Hall hall, LocalDate day, LocalDate today) {
        List<StoredTicket> tickets = store.tickets(hall.id(), BusinessDay.format(day));
        if (tickets.isEmpty() && day.isBefore(today.minusDays(DAYS_SURELY_KEPT))) {
            // Its tickets may have expired before anyone summarised them: zeros would be a guess.
            throw new NotFoundException("statistics for", day.toString());
        }
        return keep(hall, day, StatisticsCalculator.of(hall, day, tickets, true, clock.instant()));
    }

    /** Into the records; a summary an earlier version kept in Redis moves there the first time it is read. */
    private DayStatistics keep(Hall hall, LocalDate day, DayStatistics summary) {
        DayStatistics kept = summaries.keep(hall.id(), day, summary);
        if (summaries.find(hall.id(), day).isPresent()) {
            store.forgetEarlierSummary(hall.id(), BusinessDay.format(day));
        }
        return kept;
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
