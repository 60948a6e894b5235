package org.onewindow.server.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** Cases opened from finished services on a real Redis: numbers, promised dates, steps, supervision. */
class CaseServiceTest {

    /** Wednesday 25 November 2026, 10:00 in the hall. */
    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();
    private CaseService cases(QueueCore core) {
        return new CaseService(new HallDirectory(List.of(hall)), core.reader, core.pool, core.scripts, clock);
    }

    /** The case changes the hall's event log tells, in order: {@code caseNo from>status}. */
    private List<String> logged(QueueCore core) {
        return new HallEventLog(core.pool).readAfter(hall.id(), "0-0", 1000).stream()
                .filter(e -> e.type() == HallEventType.CASE_CHANGED)
                .map(e -> e.get("case") + " " + e.get("from") + ">" + e.get("status"))
                .toList();
    }

    /** A ticket for the estate item, called at window 5 and finished with the outcome given. */
    private String finished(QueueCore core, FinishRequest outcome) {
        TicketView t = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "estate", "BDC01",
                new Identity("622901197511200050", "赵强"), null, null), "kiosk-1").ticket();
        core.calling.signIn(hall.id(), "5", "clerk05");
        core.calling.callNext(hall.id(), "5", "clerk05").orElseThrow();
        core.calling.finish(hall.id(), "5", "clerk05", outcome);
        return t.ticketId();
    }

    @Test
    void anAcceptanceUnderRongQueOpensOneCaseWithItsDates() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            CaseService cases = cases(core);
            String ticket = finished(core, new FinishRequest("ACCEPTED_WITH_MISSING", List.of("土地权属来源材料"), ""));
            CaseView c = cases.open(hall.id(), ticket, "clerk05");
            assertThat(c.caseNo()).isEqualTo("202611250001");
            assertThat(c.itemName()).isEqualTo("不动产首次登记");
            assertThat(c.department()).isEqualTo("自然资源局");
            assertThat(c.maskedName()).isEqualTo("赵*");
            assertThat(c.status()).isEqualTo("ACCEPTED");
            // 10 working days from Wednesday 25 November: Wednesday 9 December; 5 for the owed material.
            assertThat(c.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 9));
            assertThat(c.owedBy()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(c.missingMaterials()).containsExactly("土地权属来源材料");
            assertThat(cases.open(hall.id(), ticket, "clerk05")).as("once per service").isEqualTo(c);
            assertThat(logged(core)).as("logged in the same step, once").containsExactly("202611250001 >ACCEPTED");
            // A terminal finds the case from the ID card, by the person key only.
            String person = core.reader.ticket(hall.id(), ticket).orElseThrow().person();
            assertThat(cases.ofPerson(hall.id(), person)).containsExactly(c);
            assertThat(cases.ofPerson(hall.id(), "someone-else")).isEmpty();
        }
    }

    @Test
    void everyInstanceHearsTheFinishButOnlyOneCaseIsOpenedAndNoNumberIsSkipped() throws Exception {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            String first = finished(core, new FinishRequest("ACCEPTED", List.of(), ""));
            String second = finished(core, new FinishRequest("ACCEPTED", List.of(), ""));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<CaseView>> opened = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    CaseService instance = cases(core);
                    opened.add(pool.submit(() -> instance.open(hall.id(), first, "clerk05")));
                    opened.add(pool.submit(() -> instance.open(hall.id(), second, "clerk05")));
                }
                Set<String> numbers = new TreeSet<>();
                for (Future<CaseView> f : opened) {
                    numbers.add(f.get().caseNo());
                }
                assertThat(numbers).containsExactly("202611250001", "202611250002");
                assertThat(logged(core)).containsExactly("202611250001 >ACCEPTED", "202611250002 >ACCEPTED");
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aMissingMaterialsNoticeIsACaseThatEndsThereWithAPrintableNotice() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            CaseService cases = cases(core);
            String ticket = finished(core, new FinishRequest("MATERIALS_MISSING", List.of("身份证明", "<b>委托书</b>"), ""));
            CaseView c = cases.open(hall.id(), ticket, "clerk05");
            assertThat(c.status()).isEqualTo("NOTICE_GIVEN");
            assertThat(c.promisedDate()).isNull();
            String html = CaseNotice.html(hall, c);
            assertThat(html).contains("一次性告知书", "身份证明", "&lt;b&gt;委托书&lt;/b&gt;", "赵*", c.caseNo())
                    .doesNotContain("<b>委托书", "622901");
            assertThatThrownBy(() -> cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("IN_REVIEW", "", null, null), "x"))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void aServiceWithoutAnApplicationOpensNoCase() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            String ticket = finished(core, new FinishRequest("NOT_ACCEPTED", List.of(), "不属于本中心受理范围"));
            assertThatThrownBy(() -> cases(core).open(hall.id(), ticket, "clerk05")).isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void aCaseMovesForwardOnlyAndIsReadyWithAPlaceToCollectIt() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            CaseService cases = cases(core);
            CaseView c = cases.open(hall.id(), finished(core, new FinishRequest("ACCEPTED", List.of(), "")), "clerk05");
            cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("IN_REVIEW", "", null, null), "reviewer");
            assertThatThrownBy(() -> cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("READY", "", null, null), "x"))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("pickupMethod");
            assertThatThrownBy(() -> cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("ACCEPTED", "", null, null), "x"))
                    .isInstanceOf(ConflictException.class);
            cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("DECIDED", "准予登记", null, null), "reviewer");
            CaseView ready = cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("READY", "", "LOCKER", ""), "pickup");
            assertThat(ready.pickupMethod()).isEqualTo("LOCKER");
            CaseView delivered = cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("DELIVERED", "", null, null), "pickup");
            assertThat(delivered.history()).extracting(CaseView.Step::status)
                    .containsExactly("ACCEPTED", "IN_REVIEW", "DECIDED", "READY", "DELIVERED");
            assertThat(delivered.history().get(2).note()).isEqualTo("准予登记");
            String no = c.caseNo();
            assertThat(logged(core)).containsExactly(no + " >ACCEPTED", no + " ACCEPTED>IN_REVIEW", no + " IN_REVIEW>DECIDED",
                    no + " DECIDED>READY", no + " READY>DELIVERED");
            assertThat(CaseMessages.of(ready)).contains("智能柜");
        }
    }

    @Test
    void resultsForTheLockersTakeTheLowestFreeSlotUntilCollected() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            CaseService cases = cases(core);
            List<CaseView> ready = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                CaseView c = cases.open(hall.id(), finished(core, new FinishRequest("ACCEPTED", List.of(), "")), "clerk05");
                ready.add(cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("READY", "", "LOCKER", ""), "pickup"));
            }
            assertThat(ready).extracting(CaseView::pickupPlace).containsExactly("1", "2", "3");
            CaseView fourth = cases.open(hall.id(), finished(core, new FinishRequest("ACCEPTED", List.of(), "")), "clerk05");
            assertThatThrownBy(() -> cases.move(hall.id(), fourth.caseNo(), new CaseStatusRequest("READY", "", "LOCKER", ""), "x"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("every result locker is taken");

            String person = core.reader.ticket(hall.id(), ready.get(1).ticketId()).orElseThrow().person();
            assertThat(cases.inLockers(hall.id(), person)).extracting(CaseView::pickupPlace).containsExactly("3", "2", "1");
            assertThatThrownBy(() -> cases.collectedFromLocker(hall.id(), ready.get(1).caseNo(), "another-person", "t"))
                    .isInstanceOf(NotFoundException.class);
            CaseView delivered = cases.collectedFromLocker(hall.id(), ready.get(1).caseNo(), person, "terminal-1");
            assertThat(delivered.status()).isEqualTo("DELIVERED");
            // Slot 2 is free again and is the next one given.
            assertThat(cases.move(hall.id(), fourth.caseNo(), new CaseStatusRequest("READY", "", "LOCKER", ""), "x")
                    .pickupPlace()).isEqualTo("2");
        }
    }

    @Test
    void supervisionListsCasesDueSoonThenOverdueAndOwedMaterialsOverdue() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            CaseService cases = cases(core);
            CaseView c = cases.open(hall.id(), finished(core,
                    new FinishRequest("ACCEPTED_WITH_MISSING", List.of("土地权属来源材料"), "")), "clerk05");
            assertThat(cases.supervision(hall.id())).isEmpty();
            clock.set(ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
            assertThat(cases.supervision(hall.id())).extracting(CaseService.Supervision::reason)
                    .containsExactly("MATERIALS_OVERDUE");
            clock.set(ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
            assertThat(cases.supervision(hall.id())).extracting(CaseService.Supervision::reason)
                    .containsExactly("MATERIALS_OVERDUE", "DUE_SOON");
            cases.owedReceived(hall.id(), c.caseNo(), "clerk05");
            clock.advance(Duration.ofDays(2));
            assertThat(cases.supervision(hall.id())).extracting(CaseService.Supervision::reason).containsExactly("OVERDUE");
            cases.move(hall.id(), c.caseNo(), new CaseStatusRequest("DECIDED", "", null, null), "reviewer");
            assertThat(cases.supervision(hall.id())).isEmpty();
        }
    }
}
