package org.onewindow.display.evaluator;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import org.onewindow.display.evaluator.EvaluatorViewModel.Asking;
import org.onewindow.display.evaluator.EvaluatorViewModel.Screen;
import org.onewindow.display.evaluator.EvaluatorViewModel.Welcome;
import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;

/**
 * A citizen rating one service at the counter, with no JavaFX: the level chosen, the reasons
 * picked after a bad one, the line under the buttons, and the rating sent to the server for the
 * request on screen. Which request is on screen, and for how long, is the
 * {@link EvaluatorViewModel}'s decision; when it moves on, a half-made choice is dropped so the
 * next citizen starts from the five levels. Called on one thread (the screen's).
 */
final class EvaluatorFlow {

    /** The line under the buttons. */
    sealed interface Note {
    }

    /** Nothing to say. */
    record Quiet() implements Note {
    }

    /** A bad level was chosen: pick why. */
    record PickReasons(RatingLevel level) implements Note {
    }

    /** Sent with no reason picked. */
    record NeedReason() implements Note {
    }

    /** The server refused the rating, in its own words. */
    record Refused(String words) implements Note {
    }

    private final EvaluatorClient client;
    private final EvaluatorViewModel model;
    private final Set<String> picked = new HashSet<>();
    private Screen seen;
    /** The request on screen, which may be older than the latest one the window has sent. */
    private RatingRequest asked;
    private RatingLevel chosen;
    private Note note = new Quiet();

    EvaluatorFlow(EvaluatorClient client, Clock clock, Duration minimum) {
        this.client = client;
        this.model = new EvaluatorViewModel(clock, minimum);
    }

    /**
     * Hears the window's requests and the server's answers, which arrive on the network's thread,
     * on the screen's thread, and tells {@code changed} after each.
     */
    void listen(Executor screenThread, Runnable changed) {
        client.onRequest(request -> screenThread.execute(() -> {
            requested(request);
            changed.run();
        }));
        client.onResult(result -> screenThread.execute(() -> {
            answered(result);
            changed.run();
        }));
    }

    void answered(RatingResult result) {
        if (!model.answered(result)) {
            note = new Refused(result.message());
        }
    }

    void requested(Optional<RatingRequest> request) {
        model.requested(request);
    }

    /** The ticket the window serves now, from its screen state. */
    void windowServes(String ticketNumber) {
        model.windowServes(ticketNumber);
    }

    /** What is on screen now; a newly asked request starts from the five levels. */
    Screen screen() {
        Screen now = model.screen();
        if (!now.equals(seen)) {
            seen = now;
            if (now instanceof Asking a) {
                asked = a.request();
                backToLevels();
            } else if (now instanceof Welcome) {
                asked = null;
            }
        }
        return now;
    }

    /** A good level is sent at once; a bad one first asks why. */
    void choose(RatingLevel level) {
        chosen = level;
        if (!level.bad()) {
            rate(level, List.of());
            return;
        }
        note = new PickReasons(level);
    }

    void pick(String reason, boolean on) {
        if (on) {
            picked.add(reason);
        } else {
            picked.remove(reason);
        }
    }

    /** Sends the bad rating with its reasons, or asks for one when none is picked. */
    void send() {
        List<String> reasons = RatingLevel.REASONS.stream().filter(picked::contains).toList();
        if (chosen == null || reasons.isEmpty()) {
            note = new NeedReason();
            return;
        }
        rate(chosen, reasons);
    }

    /** Leaves the reasons for the five levels again. */
    void backToLevels() {
        chosen = null;
        picked.clear();
        note = new Quiet();
    }

    /** Whether the reasons take the levels' place, after a bad level. */
    boolean askingReasons() {
        return chosen != null && chosen.bad();
    }

    boolean picked(String reason) {
        return picked.contains(reason);
    }

    Note note() {
        return note;
    }

    private void rate(RatingLevel level, List<String> reasons) {
        if (asked != null) {
            client.rate(asked, level, reasons, "");
        }
    }
}
