package org.onewindow.server.faults.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.onewindow.server.faults.load.Ledger;

/** The audit against a hall that shows less than it acknowledged: a stand-in REST API with canned answers. */
class HallAuditTest {

    private static final String CALLED = ",\"calledAt\":\"2026-12-01T10:00:00Z\"";
    // t1: finished with its case; t2: finished, no case; t3: acknowledged, gone; t4 and t5 share a number.
    private static final Map<String, String> HALL = Map.of(
            "/api/halls/h/tickets/t1", "{\"ticketId\":\"t1\",\"number\":\"A001\",\"status\":\"DONE\"" + CALLED + "}",
            "/api/halls/h/tickets/t2", "{\"ticketId\":\"t2\",\"number\":\"A002\",\"status\":\"DONE\"" + CALLED + "}",
            "/api/halls/h/tickets/t4", "{\"ticketId\":\"t4\",\"number\":\"A004\",\"status\":\"WAITING\"}",
            "/api/halls/h/tickets/t5", "{\"ticketId\":\"t5\",\"number\":\"A004\",\"status\":\"WAITING\"}",
            "/api/halls/h/cases", "[{\"ticketId\":\"t1\"}]",
            "/api/halls/h/ratings", "[]");

    private HttpServer hall;

    @BeforeEach
    void standInHall() throws IOException {
        hall = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hall.createContext("/", exchange -> {
            String body = HALL.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        hall.start();
    }

    @AfterEach
    void stop() {
        hall.stop(0);
    }

    private Ledger acknowledged(long at) {
        Ledger ledger = new Ledger();
        for (String[] t : List.of(new String[] {"t1", "A001"}, new String[] {"t2", "A002"}, new String[] {"t3", "A003"},
                new String[] {"t4", "A004"}, new String[] {"t5", "A004"})) {
            ledger.ticket(new Ledger.Ticket("r-" + t[0], t[0], t[1], at));
        }
        ledger.call(new Ledger.Call("t1", "A001", "1", at));
        ledger.call(new Ledger.Call("t2", "A002", "2", at));
        ledger.finish(new Ledger.Finish("t1", "A001", "1", "ACCEPTED", at));
        ledger.finish(new Ledger.Finish("t2", "A002", "2", "ACCEPTED_WITH_MISSING", at));
        ledger.rating(new Ledger.Rating("t1", at));
        return ledger;
    }

    @Test
    void countsWhatTheHallAcknowledgedAndNoLongerShows() {
        HeardOnMqtt heard = new HeardOnMqtt(Set.of("A001@1"), List.of(1000L, 1100L), Set.of("t1"));

        ScenarioResult result = HallAudit.audit("drill", "h", hall.getAddress().getPort(), acknowledged(500), heard,
                FaultWindow.at(1050), 0, 1200, ordinary -> 2000);

        assertThat(result.ticketsLost()).as("t3").isEqualTo(1);
        assertThat(result.ticketsDoubled()).as("A004").isEqualTo(1);
        assertThat(result.finishesWithoutCase()).as("t2").isEqualTo(1);
        assertThat(result.callsMissing()).as("A002 at window 2").isEqualTo(1);
        assertThat(result.offersMissing()).as("t2").isEqualTo(1);
        assertThat(result.ratingsMissing()).as("t1").isEqualTo(1);
        assertThat(result.missedTargets()).hasSize(6);
    }

    @Test
    void whatRedisMayLoseInItsFsyncWindowIsCountedApart() {
        HeardOnMqtt heard = new HeardOnMqtt(Set.of("A001@1", "A002@2"), List.of(), Set.of("t1", "t2"));

        ScenarioResult result = HallAudit.audit("drill", "h", hall.getAddress().getPort(), acknowledged(500), heard,
                new FaultWindow(1000, 0, 1000), 0, 1200, ordinary -> -1);

        assertThat(result.ticketsLost()).isZero();
        assertThat(result.ratingsMissing()).isZero();
        assertThat(result.lostToFsync()).as("t3 and t1's rating").isEqualTo(2);
        assertThat(result.finishesWithoutCase()).as("a finish Redis kept still needs its case").isEqualTo(1);
    }
}
