package org.onewindow.server.faults.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the hall acknowledged to the load clients during a run, with when (epoch millis),
 * and every answer no client should have seen. The checks compare it with what the hall shows.
 */
public final class Ledger {

    /** A ticket the kiosk got back (201 or 200) for its request id. */
    public record Ticket(String requestId, String ticketId, String number, long at) {
    }

    /** A call the window's clerk saw: the ticket now served at that window. */
    public record Call(String ticketId, String number, String window, long at) {
    }

    /** A finish the clerk saw, with the outcome sent. */
    public record Finish(String ticketId, String number, String window, String outcome, long at) {
    }

    /** A rating the citizen's phone got through. */
    public record Rating(String ticketId, long at) {
    }

    private final ConcurrentLinkedQueue<Ticket> tickets = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Finish> finishes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Rating> ratings = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> secondAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger connectionFailures = new AtomicInteger();

    public void ticket(Ticket t) {
        tickets.add(t);
    }

    public void call(Call c) {
        calls.add(c);
    }

    public void finish(Finish f) {
        finishes.add(f);
    }

    public void rating(Rating r) {
        ratings.add(r);
    }

    /** A 409 or 500 where the client's own state allowed the request: the hall misled it. */
    void unexpected(String what, Answer answer) {
        unexpected(what + " -> " + answer.status() + " " + abbreviated(answer.body()));
    }

    public void unexpected(String answered) {
        unexpected.add(answered);
    }

    /** The documented answer to a second try whose first was carried out, taken as done. */
    void secondAnswer(String what, Answer answer) {
        secondAnswers.add(what + ": " + answer.status() + " " + abbreviated(answer.body()) + " after a 503 or a broken"
                + " connection, taken as done");
    }

    public List<String> secondAnswers() {
        return List.copyOf(secondAnswers);
    }

    void unavailable() {
        unavailable.incrementAndGet();
    }

    void connectionFailed() {
        connectionFailures.incrementAndGet();
    }

    public List<Ticket> tickets() {
        return List.copyOf(tickets);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Finish> finishes() {
        return List.copyOf(finishes);
    }

    public List<Rating> ratings() {
        return List.copyOf(ratings);
    }

    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    public int unavailableAnswers() {
        return unavailable.get();
    }

    public int connectionFailures() {
        return connectionFailures.get();
    }

    /** Tickets issued and not yet called, as far as the clients know: how much work is queued. */
    int waiting() {
        return tickets.size() - calls.size();
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
