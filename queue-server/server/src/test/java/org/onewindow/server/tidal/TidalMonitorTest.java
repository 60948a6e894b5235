package org.onewindow.server.tidal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.hall.TidalRules;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** The rules running on a real Redis: in auto mode the server opens and closes a tidal window by itself. */
class TidalMonitorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private static Hall inAutoMode(Hall h) {
        return new Hall(h.id(), h.name(), h.nameEn(), h.timeZone(), h.openingHours(), h.areas(), h.windows(), h.items(),
                h.priority(), new TidalRules(true, 15, 25, 40, 45, 5, 15, 30, 60), h.appointments(), h.lockers());
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void autoModeOpensATidalWindowForASurgeAndClosesItWhenCalm(String redis) {
        Hall hall = inAutoMode(TestHalls.small());
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            List<TidalSuggestions> published = new CopyOnWriteArrayList<>();
            HallDirectory directory = new HallDirectory(List.of(hall));
            TidalMonitor monitor = new TidalMonitor(directory, core.state, core.reader, core.tidal,
                    core.scripts, event -> published.add((TidalSuggestions) event), new HallLeases(core.scripts, directory), clock);
            for (int i = 0; i < 30; i++) {
                core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "social", null, null,
                        null, null), "kiosk");
            }
            assertThat(monitor.evaluate(hall.id()).suggestions()).isEmpty();
            clock.advance(Duration.ofSeconds(60));
            TidalSuggestions surge = monitor.evaluate(hall.id());
            assertThat(surge.suggestions()).singleElement().satisfies(s -> {
                assertThat(s.action()).isEqualTo("OPEN");
                assertThat(s.areaId()).isEqualTo("social");
            });
            assertThat(core.calling.window(hall.id(), "20").tidalOpen()).isTrue();
            assertThat(core.tidal.audit(hall.id(), 1)).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo("rule:social");
                assertThat(a.mode()).isEqualTo("AUTO");
            });

            core.calling.signIn(hall.id(), "9", "clerk09");
            core.calling.signIn(hall.id(), "20", "clerk20");
            for (int i = 0; i < 27; i++) {
                String window = i % 2 == 0 ? "9" : "20";
                core.calling.callNext(hall.id(), window, "clerk" + window);
                core.calling.finish(hall.id(), window, "clerk" + window);
            }
            clock.advance(Duration.ofMinutes(30));
            assertThat(monitor.evaluate(hall.id()).suggestions()).isEmpty();
            clock.advance(Duration.ofSeconds(60));
            assertThat(monitor.evaluate(hall.id()).suggestions()).singleElement()
                    .satisfies(s -> assertThat(s.action()).isEqualTo("CLOSE"));
            assertThat(core.calling.window(hall.id(), "20").tidalOpen()).isFalse();
            assertThat(published).extracting(p -> p.suggestions().size()).startsWith(0, 1);
            assertThat(published).extracting(TidalSuggestions::seq).isSorted();
        }
    }
}
