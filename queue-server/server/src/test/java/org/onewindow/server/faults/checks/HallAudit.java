package org.onewindow.server.faults.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.faults.load.Ledger;
import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.testsupport.Http;

/**
 * Compares what the hall acknowledged during a scenario with what it shows afterwards: each ticket
 * by id, the hall's cases and the day's ratings over REST (as the manager), and the calls and rating
 * requests the watcher heard over MQTT.
 */
public final class HallAudit {

    private static final Set<String> OPENING = Set.of("ACCEPTED", "ACCEPTED_WITH_MISSING", "MATERIALS_MISSING");

    private final String hallId;
    private final Http http;
    private final String manager = Http.basic("manager", FaultCluster.MANAGER_PASSWORD);
    private final FaultWindow window;
    private final List<String> details = new ArrayList<>();
    private int lostToFsync;

    private HallAudit(String hallId, int port, FaultWindow window) {
        this.hallId = hallId;
        this.http = new Http(port);
        this.window = window;
    }

    /**
     * @param port          a live instance to read the hall from
     * @param window        the fault's time, and the span in which Redis may lose acknowledged writes
     * @param steadyFrom    from when the load ran at its ordinary pace
     * @param silenceLimit  the longest silence allowed after the fault, from the ordinary one
     */
    public static ScenarioResult audit(String scenario, String hallId, int port, Ledger ledger, HeardOnMqtt heardOnMqtt,
                                       FaultWindow window, long steadyFrom, long loadEnd, LongUnaryOperator silenceLimit) {
        return new HallAudit(hallId, port, window).check(scenario, ledger, heardOnMqtt, steadyFrom, loadEnd, silenceLimit);
    }

    private ScenarioResult check(String scenario, Ledger ledger, HeardOnMqtt heardOnMqtt, long steadyFrom, long loadEnd,
                                 LongUnaryOperator silenceLimit) {
        Map<String, TicketView> kept = new HashMap<>();
        int ticketsLost = 0;
        for (Ledger.Ticket t : ledger.tickets()) {
            TicketView now = ticket(t.ticketId());
            if (now != null) {
                kept.put(t.ticketId(), now);
            } else if (lost("ticket " + t.number(), t.at())) {
                ticketsLost++;
            }
        }
        int doubled = doubled(ledger.tickets());

        Set<String> heard = heardOnMqtt.callKeys();
        int callsMissing = 0;
        for (Ledger.Call c : ledger.calls()) {
            TicketView now = kept.computeIfAbsent(c.ticketId(), this::ticket);
            boolean redisKept = now != null && now.calledAt() != null;
            if (!heard.contains(c.number() + "@" + c.window()) && (redisKept || lost("call " + c.number(), c.at()))) {
                callsMissing++;
                details.add("call " + c.number() + " at window " + c.window() + " never heard on MQTT");
            }
        }

        Set<String> caseTickets = Arrays.stream(read("/api/halls/" + hallId + "/cases", CaseView[].class))
                .map(CaseView::ticketId).collect(Collectors.toSet());
        Set<String> offered = heardOnMqtt.offeredTickets();
        int openingFinishes = 0;
        int withoutCase = 0;
        int offersMissing = 0;
        for (Ledger.Finish f : ledger.finishes()) {
            TicketView now = kept.computeIfAbsent(f.ticketId(), this::ticket);
            boolean redisKept = now != null && "DONE".equals(now.status());
            if (!redisKept && !lost("finish " + f.number(), f.at())) {
                continue; // lost by Redis's fsync window, counted there
            }
            if (!offered.contains(f.ticketId())) {
                offersMissing++;
                details.add("no rating request for " + f.number() + " finished at window " + f.window());
            }
            if (OPENING.contains(f.outcome())) {
                openingFinishes++;
                if (!caseTickets.contains(f.ticketId())) {
                    withoutCase++;
                    details.add(f.number() + " finished " + f.outcome() + " at window " + f.window() + (redisKept ? "" : " (finish lost)")
                            + " has no case");
                }
            }
        }

        Set<String> rated = Arrays.stream(read("/api/halls/" + hallId + "/ratings", RatingView[].class))
                .map(RatingView::ticketId).collect(Collectors.toSet());
        int ratingsMissing = 0;
        for (Ledger.Rating r : ledger.ratings()) {
            if (!rated.contains(r.ticketId()) && lost("rating of " + r.ticketId(), r.at())) {
                ratingsMissing++;
            }
        }

        Silence silence = Silence.of(heardOnMqtt.callArrivals(), steadyFrom, window.faultAt(), loadEnd);
        ledger.unexpected().forEach(u -> details.add("answered " + u));
        details.addAll(ledger.secondAnswers());
        return new ScenarioResult(scenario, ledger.tickets().size(), ticketsLost, doubled, openingFinishes, withoutCase,
                ledger.calls().size(), callsMissing, ledger.finishes().size(), offersMissing, ledger.ratings().size(),
                ratingsMissing, ledger.unexpected().size(), ledger.unavailableAnswers(), ledger.connectionFailures(), lostToFsync, silence.ordinaryMillis(), silence.afterFaultMillis(),
                silenceLimit.applyAsLong(silence.ordinaryMillis()), details);
    }

    /** True when the loss counts against the hall; false when it falls in Redis's fsync window. */
    private boolean lost(String what, long acknowledgedAt) {
        if (window.redisMayLose(acknowledgedAt)) {
            lostToFsync++;
            details.add(what + " lost by Redis's fsync window");
            return false;
        }
        details.add(what + " acknowledged and lost");
        return true;
    }

    /** Extra tickets that got a number another acknowledged ticket already had. */
    private static int doubled(List<Ledger.Ticket> tickets) {
        Map<String, Set<String>> idsByNumber = tickets.stream().collect(Collectors.groupingBy(Ledger.Ticket::number,
                Collectors.mapping(Ledger.Ticket::ticketId, Collectors.toSet())));
        return idsByNumber.values().stream().mapToInt(ids -> ids.size() - 1).sum();
    }

    private TicketView ticket(String ticketId) {
        Http.Reply reply = http.get("/api/halls/" + hallId + "/tickets/" + ticketId, manager);
        if (reply.status() == 404) {
            return null;
        }
        if (reply.status() != 200) {
            throw new IllegalStateException("reading ticket " + ticketId + ": " + reply.status() + " " + reply.body());
        }
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    private <T> T read(String path, Class<T> type) {
        Http.Reply reply = http.get(path, manager);
        if (reply.status() != 200) {
            throw new IllegalStateException("reading " + path + ": " + reply.status() + " " + reply.body());
        }
        return JsonCodec.fromJson(reply.body(), type);
    }
}
