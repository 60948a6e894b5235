package org.onewindow.server.faults.load;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingSubmission;

/** Citizens rating on their phones with the token of the rating request their window offered. */
final class Rater implements Runnable {

    private static final List<RatingSubmission> LEVELS = List.of(
            new RatingSubmission(null, "SATISFIED", List.of(), "", ""),
            new RatingSubmission(null, "VERY_SATISFIED", List.of(), "", ""),
            new RatingSubmission(null, "DISSATISFIED", List.of("LONG_WAIT"), "", ""));

    private final HallWatcher watcher;
    private final Client client;
    private final Ledger ledger;
    private final BooleanSupplier running;
    private final LoadShape shape;

    Rater(HallWatcher watcher, Client client, Ledger ledger, BooleanSupplier running, LoadShape shape) {
        this.watcher = watcher;
        this.client = client;
        this.ledger = ledger;
        this.running = running;
        this.shape = shape;
    }

    @Override
    public void run() {
        int offered = 0;
        try {
            while (running.getAsBoolean()) {
                RatingRequest request = watcher.nextOffer(200);
                if (request == null || offered++ % shape.rateEvery() != 0) {
                    continue;
                }
                RatingSubmission level = LEVELS.get(offered % LEVELS.size());
                Answer answer = client.post("/api/ratings", JsonCodec.toJson(
                        new RatingSubmission(request.token(), level.level(), level.reasons(), "", "")));
                boolean secondAnswer = answer.is(409) && answer.hasCode("ALREADY_RATED") && answer.ambiguous();
                if (secondAnswer) {
                    ledger.secondAnswer("rate " + request.ticketNumber(), answer);
                }
                if (answer.is(200) || secondAnswer) {
                    ledger.rating(new Ledger.Rating(request.ticketId(), System.currentTimeMillis()));
                } else {
                    ledger.unexpected("rate " + request.ticketNumber(), answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
