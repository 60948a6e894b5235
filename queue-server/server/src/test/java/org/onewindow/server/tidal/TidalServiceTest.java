package org.onewindow.server.tidal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

class TidalServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private void issue(QueueCore core, Hall hall, String area) {
        core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null), "k");
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void anOpenTidalWindowCallsFromItsAreasUntilClosed(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "estate");
            issue(core, hall, "estate");
            core.calling.signIn(hall.id(), "20", "clerk20");
            assertThat(core.calling.callNext(hall.id(), "20", "clerk20")).isEmpty();

            core.tidal.open(hall.id(), "20", List.of("estate"), "manager", "不动产登记排队过长", false);
            BoardState board = core.state.board(hall.id());
            assertThat(board.tidalWindows()).singleElement().satisfies(w -> {
                assertThat(w.windowNo()).isEqualTo("20");
                assertThat(w.areaNames()).containsExactly("不动产登记");
                assertThat(w.openedBy()).isEqualTo("manager");
            });
            assertThat(core.state.areaQueue(hall.id(), "estate").openWindows()).isEqualTo(1);
            assertThat(core.calling.callNext(hall.id(), "20", "clerk20")).map(TicketView::number).hasValue("B001");
            core.calling.finish(hall.id(), "20", "clerk20");

            core.tidal.close(hall.id(), "20", "manager", "排队已恢复", false);
            assertThat(core.calling.callNext(hall.id(), "20", "clerk20")).isEmpty();
            assertThat(core.state.board(hall.id()).tidalWindows()).isEmpty();
            assertThat(core.tidal.audit(hall.id(), 10)).extracting(TidalAuditRecord::action, TidalAuditRecord::actor,
                    TidalAuditRecord::reason).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CLOSE", "manager", "排队已恢复"),
                            org.assertj.core.groups.Tuple.tuple("OPEN", "manager", "不动产登记排队过长"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void refusalsChangeNothing(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            core.tidal.open(hall.id(), "21", List.of("biz"), "manager", "", false);
            long version = core.reader.version(hall.id());
            assertThatThrownBy(() -> core.tidal.open(hall.id(), "21", List.of("biz"), "manager", "", false))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_OPEN"));
            assertThatThrownBy(() -> core.tidal.open(hall.id(), "1", List.of("biz"), "manager", "", false))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("not a tidal one");
            assertThatThrownBy(() -> core.tidal.open(hall.id(), "20", List.of(), "manager", "", false))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("areaIds");
            assertThatThrownBy(() -> core.tidal.close(hall.id(), "20", "manager", "", false))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_OPEN"));
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            assertThat(core.tidal.audit(hall.id(), 10)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void autoModeSwitchedAtRunTimeIsKeptAndAudited(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            assertThat(core.tidal.autoMode(hall.id())).as("as configured").isFalse();
            core.tidal.setAutoMode(hall.id(), true, "manager");
            assertThat(core.tidal.autoMode(hall.id())).isTrue();
            core.tidal.setAutoMode(hall.id(), false, "deputy");
            assertThat(core.tidal.autoMode(hall.id())).isFalse();
            assertThat(core.tidal.audit(hall.id(), 10)).extracting(TidalAuditRecord::action, TidalAuditRecord::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("AUTO_OFF", "deputy"),
                            org.assertj.core.groups.Tuple.tuple("AUTO_ON", "manager"));
        }
    }
}
