package org.onewindow.server.faults.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.WindowView;

/**
 * A clerk at one window: signs in, then calls the next ticket, serves it and finishes it with an
 * outcome, again and again. When an earlier try of a change may have been carried out (its
 * connection broke), the hall's documented second answer ({@code WINDOW_BUSY}, {@code NOTHING_TO_FINISH})
 * is taken as done; any other refusal is one the clerk's state did not call for.
 */
final class WindowClerk implements Runnable {

    private static final List<String> OUTCOMES = List.of(
            "{\"outcome\":\"ACCEPTED\"}",
            "{\"outcome\":\"ACCEPTED\"}",
            "{\"outcome\":\"ACCEPTED_WITH_MISSING\",\"missingMaterials\":[\"公司章程\"]}",
            "{\"outcome\":\"SERVED\"}",
            "{\"outcome\":\"ACCEPTED\"}",
            "{\"outcome\":\"MATERIALS_MISSING\",\"missingMaterials\":[\"公司章程\"]}");

    private final String windowPath;
    private final String window;
    private final Client client;
    private final Ledger ledger;
    private final BooleanSupplier running;
    private final LoadShape shape;

    WindowClerk(String hallId, String window, Client client, Ledger ledger, BooleanSupplier running, LoadShape shape) {
        this.windowPath = "/api/halls/" + hallId + "/windows/" + window;
        this.window = window;
        this.client = client;
        this.ledger = ledger;
        this.running = running;
        this.shape = shape;
    }

    @Override
    public void run() {
        Answer signIn = client.post(windowPath + "/sign-in", null);
        if (!signIn.is(200) && !signIn.ambiguous()) {
            ledger.unexpected("sign-in at " + window, signIn);
            return;
        }
        for (int served = 0; running.getAsBoolean(); served++) {
            TicketView serving = callNext();
            if (serving == null) {
                Pacing.pause(100);
                continue;
            }
            // Services take longer or shorter, so the windows do not all call in the same instant.
            Pacing.pause(ThreadLocalRandom.current().nextLong(shape.serviceMillis() / 2, shape.serviceMillis() * 3 / 2));
            finish(serving, OUTCOMES.get(Math.floorMod(served + window.hashCode(), OUTCOMES.size())));
        }
    }

    private TicketView callNext() {
        Answer answer = client.post(windowPath + "/call-next", null);
        TicketView called = null;
        if (answer.is(200)) {
            called = JsonCodec.fromJson(answer.body(), TicketView.class);
        } else if (answer.is(204)) {
            return null;
        } else if (answer.is(409) && answer.hasCode("WINDOW_BUSY") && answer.ambiguous()) {
            ledger.secondAnswer("call-next at " + window, answer);
            called = currentTicket();
        } else {
            ledger.unexpected("call-next at " + window, answer);
            // Carry on with whatever the window serves, as a clerk would after refreshing the console.
            called = currentTicket();
        }
        if (called != null) {
            ledger.call(new Ledger.Call(called.ticketId(), called.number(), window, System.currentTimeMillis()));
        }
        return called;
    }

    private void finish(TicketView serving, String outcome) {
        Answer answer = client.post(windowPath + "/finish", outcome);
        boolean secondAnswer = answer.is(409) && answer.hasCode("NOTHING_TO_FINISH") && answer.ambiguous();
        if (secondAnswer) {
            ledger.secondAnswer("finish " + serving.number() + " at " + window, answer);
        }
        if (answer.is(200) || secondAnswer) {
            String name = outcome.substring(outcome.indexOf(":\"") + 2, outcome.indexOf("\"", outcome.indexOf(":\"") + 2));
            ledger.finish(new Ledger.Finish(serving.ticketId(), serving.number(), window, name, System.currentTimeMillis()));
        } else {
            ledger.unexpected("finish " + serving.number() + " at " + window, answer);
        }
    }

    private TicketView currentTicket() {
        Answer answer = client.get(windowPath);
        return answer.is(200) ? JsonCodec.fromJson(answer.body(), WindowView.class).current() : null;
    }
}
