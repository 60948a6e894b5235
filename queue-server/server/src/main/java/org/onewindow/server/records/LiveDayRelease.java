package org.onewindow.server.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.server.database.RecordsSchema;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.EventLogTrim;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.rating.RatingService.ResolvedFollowUp;

/**
 * Keeps Redis to the live work: a delivered case and a resolved follow-up leave it some days after
 * they closed, once the records hold them exactly as Redis does, and so does a past day
 * ({@link PastDayRelease}). Nothing leaves that the records do
 * not have: a case whose last step is not recorded yet stays until it is. Each hall is swept by the
 * instance that holds its lease, hourly.
 */
@Component
class LiveDayRelease {

    private static final Logger log = LoggerFactory.getLogger(LiveDayRelease.class);

    private final HallDirectory halls;
    private final HallLeases leases;
    private final CaseService cases;
    private final RatingService ratings;
    private final ArchivedCases archivedCases;
    private final PastDayRelease pastDays;
    private final EventLogTrim eventLog;
    private final JdbcClient jdbc;
    private final RecordsSchema schema;
    private final ReleaseSettings settings;
    private final Clock clock;

    LiveDayRelease(HallDirectory halls, HallLeases leases, CaseService cases, RatingService ratings, ArchivedCases archivedCases,
                   PastDayRelease pastDays, EventLogTrim eventLog, JdbcClient jdbc, RecordsSchema schema,
                   ReleaseSettings settings, Clock clock) {
        this.pastDays = pastDays;
        this.eventLog = eventLog;
        this.halls = halls;
        this.leases = leases;
        this.cases = cases;
        this.ratings = ratings;
        this.archivedCases = archivedCases;
        this.jdbc = jdbc;
        this.schema = schema;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 120_000, fixedDelay = 3_600_000)
    void sweep() {
        if (!schema.ready()) {
            return;
        }
        for (Hall hall : halls.all()) {
            if (!leases.holds(hall.id())) {
                continue;
            }
            try {
                Released released = releaseArchived(hall.id());
                if (released.cases() + released.followUps() > 0) {
                    log.info("Hall {}: {} closed cases and {} resolved follow-ups left Redis, kept in the records",
                            hall.id(), released.cases(), released.followUps());
                }
                List<LocalDate> days = pastDays.release(hall);
                if (!days.isEmpty()) {
                    log.info("Hall {}: the days {} left Redis, kept in the records", hall.id(), days);
                }
                long entries = eventLog.trim(hall.id(), pastDays.liveFrom(hall));
                if (entries > 0) {
                    log.info("Hall {}: {} entries of its event log older than the live days left Redis", hall.id(), entries);
                }
            } catch (RuntimeException e) {
                // The records are away, or Redis: the next sweep tries again; nothing was lost.
                log.warn("Could not release the closed work of hall {} from Redis: {}", hall.id(), e.toString());
            }
        }
    }

    record Released(int cases, int followUps) {
    }

    /** Releases what closed long enough ago and the records hold as it is. */
    Released releaseArchived(String hallId) {
        Instant cutoff = clock.instant().minus(settings.after());
        return new Released(releaseCases(hallId, cutoff), releaseFollowUps(hallId, cutoff));
    }

    private int releaseCases(String hallId, Instant cutoff) {
        List<CaseView> closed = cases.closedBefore(hallId, cutoff);
        Map<String, ArchivedCases.Recorded> recorded = archivedCases.recorded(hallId, closed.stream().map(CaseView::caseNo).toList())
                .stream().collect(Collectors.toMap(ArchivedCases.Recorded::caseNo, Function.identity()));
        int released = 0;
        for (CaseView c : closed) {
            ArchivedCases.Recorded r = recorded.get(c.caseNo());
            if (r != null && r.status().equals(c.status()) && r.steps() == c.history().size()
                    && cases.release(hallId, c.caseNo(), r.status(), r.steps(), r.personKey())) {
                released++;
            }
        }
        return released;
    }

    private int releaseFollowUps(String hallId, Instant cutoff) {
        List<ResolvedFollowUp> resolved = ratings.resolvedBefore(hallId, cutoff);
        if (resolved.isEmpty()) {
            return 0;
        }
        Set<String> recordedResolved = Set.copyOf(jdbc.sql("select id from follow_up_record where hall = ? and id = any(?) and status = 'RESOLVED'")
                .params(hallId, resolved.stream().map(ResolvedFollowUp::id).toArray(String[]::new))
                .query(String.class).list());
        int released = 0;
        for (ResolvedFollowUp f : resolved) {
            if (recordedResolved.contains(f.id()) && ratings.release(hallId, f)) {
                released++;
            }
        }
        return released;
    }
}
