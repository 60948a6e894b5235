package org.onewindow.server.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.database.RecordsSchema;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.rating.BadRatings;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestPostgres;

/**
 * Closed work leaves Redis a week after it closed, and only what the records hold as Redis does:
 * real Redis, real PostgreSQL. The records are written here as the event log's writer writes them.
 */
class LiveDayReleaseTest {

    /** Wednesday 25 November 2026, 10:00 in the hall. */
    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();
    private final HallDirectory directory = new HallDirectory(List.of(hall));

    private QueueCore core;
    private HikariDataSource records;
    private JdbcClient jdbc;
    private CaseService cases;
    private RatingService ratings;
    private LiveDayRelease release;

    @BeforeEach
    void start() {
        core = QueueCore.on("embedded", clock, hall);
        records = TestPostgres.dataSource(TestPostgres.freshDatabase());
        RecordsSchema schema = new RecordsSchema(records);
        schema.migrateAtStart(true);
        jdbc = JdbcClient.create(records);
        ArchivedCases archived = new ArchivedCases(jdbc, schema);
        cases = new CaseService(directory, core.reader, core.pool, core.scripts, clock, archived);
        ratings = new BadRatings(clock).ratings(core, hall);
        release = new LiveDayRelease(directory, new HallLeases(core.scripts, directory), cases, ratings, archived, null, null, jdbc, schema,
                new ReleaseSettings(7, 2), clock);
    }

    @AfterEach
    void stop() {
        records.close();
        core.close();
    }

    @Test
    void aDeliveredCaseTheRecordsHoldLeavesRedisAfterAWeekAndIsStillFoundByItsNumber() {
        CaseView delivered = delivered();
        String person = core.reader.ticket(hall.id(), delivered.ticketId()).orElseThrow().person();
        record(delivered, person);

        clock.advance(Duration.ofDays(6));
        assertThat(release.releaseArchived(hall.id()).cases()).as("closed six days ago: still live").isZero();

        clock.advance(Duration.ofDays(2));
        assertThat(release.releaseArchived(hall.id()).cases()).isEqualTo(1);
        assertThat(cases.all(hall.id())).isEmpty();
        assertThat(cases.ofPerson(hall.id(), person)).isEmpty();
        assertThat(cases.opened(hall.id(), delivered.ticketId())).isFalse();
        CaseView found = cases.find(hall.id(), delivered.caseNo());
        assertThat(found.status()).isEqualTo("DELIVERED");
        assertThat(found.history()).extracting(CaseView.Step::status).containsExactly("ACCEPTED", "DECIDED", "READY", "DELIVERED");
        assertThat(found.itemName()).isEqualTo(delivered.itemName());
        assertThat(found.promisedDate()).isEqualTo(delivered.promisedDate());

        assertThat(release.releaseArchived(hall.id()).cases()).as("released once").isZero();
    }

    @Test
    void whatTheRecordsDoNotHoldAsRedisDoesStays() {
        CaseView unrecorded = delivered();
        CaseView lagging = delivered();
        record(withoutLastStep(lagging), null);
        CaseView open = cases.open(hall.id(), finished(), "clerk05");
        record(open, null);

        clock.advance(Duration.ofDays(30));
        assertThat(release.releaseArchived(hall.id()).cases()).isZero();
        assertThat(cases.all(hall.id())).extracting(CaseView::caseNo)
                .containsExactlyInAnyOrder(unrecorded.caseNo(), lagging.caseNo(), open.caseNo());

        record(lagging, null);
        assertThat(release.releaseArchived(hall.id()).cases()).as("once the records catch up").isEqualTo(1);
    }

    @Test
    void aResolvedFollowUpTheRecordsHoldResolvedLeavesRedisAfterAWeek() {
        String recorded = ratedBadly();
        String unrecorded = ratedBadly();
        ratings.resolve(hall.id(), recorded, "高峰时段增开潮汐窗口", "manager");
        ratings.resolve(hall.id(), unrecorded, "已致电说明", "manager");
        jdbc.sql("""
                insert into follow_up_record (hall, id, ticket_id, deadline, status, opened_at)
                values (?, ?, ?, current_date, 'RESOLVED', now())""").params(hall.id(), recorded, recorded).update();

        clock.advance(Duration.ofDays(8));
        assertThat(release.releaseArchived(hall.id()).followUps()).isEqualTo(1);
        assertThat(ratings.followUps(hall.id())).extracting(f -> f.id()).containsExactly(unrecorded);
    }

    /** A service at window 5 finished with an application, its case taken to its result's delivery. */
    private CaseView delivered() {
        CaseView c = cases.open(hall.id(), finished(), "clerk05");
        cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("DECIDED", "准予登记", null, null), "reviewer");
        cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("READY", "", "WINDOW", "5"), "clerk05");
        return cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("DELIVERED", "", null, null), "clerk05");
    }

    private String finished() {
        String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "estate", "BDC01",
                new Identity("622901197511200050", "赵强"), null, null), "kiosk-1").ticket().ticketId();
        core.calling.signIn(hall.id(), "5", "clerk05");
        core.calling.callNext(hall.id(), "5", "clerk05").orElseThrow();
        core.calling.finish(hall.id(), "5", "clerk05", new FinishRequest("ACCEPTED", List.of(), ""));
        return ticket;
    }

    private String ratedBadly() {
        return new BadRatings(clock).ratedBadly(core, ratings, hall);
    }

    private static CaseView withoutLastStep(CaseView c) {
        List<CaseView.Step> steps = c.history().subList(0, c.history().size() - 1);
        return new CaseView(c.caseNo(), c.hallId(), c.ticketId(), c.ticketNumber(), c.itemCode(), c.itemName(), c.department(),
                c.areaId(), c.maskedName(), c.outcome(), c.missingMaterials(), c.owedBy(), c.owedReceived(), c.promisedDate(),
                steps.get(steps.size() - 1).status(), c.pickupMethod(), c.pickupPlace(), steps, c.createdAt());
    }

    /** The case as the records writer keeps it: its row, then each step. */
    private void record(CaseView c, String personKey) {
        jdbc.sql("""
                insert into case_record (hall, case_no, ticket_id, ticket_number, item_code, item_name, department, area,
                    masked_name, person_key, outcome, missing_materials, owed_by, owed_received, promised_date, status,
                    pickup_method, pickup_place, created_at, steps)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (hall, case_no) do update set status = excluded.status, steps = excluded.steps""")
                .params(c.hallId(), c.caseNo(), c.ticketId(), c.ticketNumber(), c.itemCode(), c.itemName(), c.department(),
                        c.areaId(), c.maskedName(), personKey, c.outcome(), c.missingMaterials().toArray(String[]::new),
                        c.owedBy(), c.owedReceived(), c.promisedDate(), c.status(), c.pickupMethod(), c.pickupPlace(),
                        timestamp(c.createdAt()), c.history().size())
                .update();
        for (int i = 0; i < c.history().size(); i++) {
            CaseView.Step s = c.history().get(i);
            jdbc.sql("""
                    insert into case_step (hall, case_no, step_no, status, at, by_whom, note) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(c.hallId(), c.caseNo(), i + 1, s.status(), timestamp(s.at()), s.by(), s.note()).update();
        }
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }
}
