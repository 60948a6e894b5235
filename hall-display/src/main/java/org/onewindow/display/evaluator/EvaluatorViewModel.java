package org.onewindow.display.evaluator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;

/**
 * What the counter's evaluator shows, decided from the window's pending rating request, the ticket
 * the window serves, the server's answers and a clock; no JavaFX, so it is tested in plain JUnit.
 *
 * <p>A request stays on screen until it is rated. Once the window serves someone else it stays
 * still, until {@code minimum} after the service ended: pressing "next" at once must not take the
 * rating away from the citizen still at the counter. The next citizen's request, should they
 * finish meanwhile, waits behind it and then gets its own minimum; the one it waited for stays
 * rateable by phone. Time is counted from the service's end as the server stamped it, so an
 * evaluator that restarts and finds the request retained on the broker keeps only what is left of
 * the minimum. Called on one thread (the screen's).
 */
final class EvaluatorViewModel {

    /** How long the thanks stay before the next request or the welcome. */
    static final Duration THANKS = Duration.ofSeconds(5);

    /** What the screen shows. */
    sealed interface Screen {
    }

    /** Nothing to rate: the welcome. */
    record Welcome() implements Screen {
    }

    /** The five levels for this service. */
    record Asking(RatingRequest request) implements Screen {
    }

    /** Thanks after a rating, or word that the service had been rated already. */
    record Thanks(boolean alreadyRated) implements Screen {
    }

    private final Clock clock;
    private final Duration minimum;
    private RatingRequest asked;
    private Instant askedUntil;
    /** The token of the request asked about last, rated or not, so that its answer and a redelivery are known. */
    private String lastToken = "";
    private boolean movedOn;
    private RatingRequest waiting;
    private Thanks thanks;
    private Instant thanksUntil;
    private String serving = "";

    EvaluatorViewModel(Clock clock, Duration minimum) {
        this.clock = clock;
        this.minimum = minimum;
    }

    /** The window's latest request from the broker; empty once the server says it was rated here. */
    void requested(Optional<RatingRequest> latest) {
        if (latest.isEmpty()) {
            // Rated at this counter; the server's answer may come a moment later and is thanked for too.
            waiting = null;
            if (asked != null) {
                thank(false);
            }
            return;
        }
        RatingRequest r = latest.get();
        if (r.token().equals(lastToken) || r.equals(waiting) || expired(r)) {
            return; // delivered again after a reconnect, already answered, or too old to rate
        }
        if (asked == null && thanks == null) {
            ask(r, r.at() == null ? clock.instant() : r.at());
        } else {
            // A newer service finished at this window: it has moved on from the one asked about.
            movedOn = true;
            waiting = r;
        }
    }

    /** The ticket the window serves now, from its screen state; empty when it serves nobody. */
    void windowServes(String ticketNumber) {
        serving = ticketNumber == null ? "" : ticketNumber;
        if (asked != null && !serving.isEmpty() && !serving.equals(asked.ticketNumber())) {
            movedOn = true;
        }
    }

    /** The server's answer to a rating; true when it ends the request (thanks), false for a refusal. */
    boolean answered(RatingResult result) {
        boolean ends = result.accepted() || "ALREADY_RATED".equals(result.code());
        if (ends && lastToken.equals(result.token())) {
            thank(!result.accepted());
        }
        return ends;
    }

    /** What to show now; moves on to the waiting request or the welcome when their time has come. */
    Screen screen() {
        Instant now = clock.instant();
        if (thanks != null) {
            if (now.isBefore(thanksUntil)) {
                return thanks;
            }
            thanks = null;
        }
        if (asked != null && (expired(asked) || movedOn && !now.isBefore(askedUntil))) {
            asked = null;
        }
        if (asked == null && waiting != null) {
            RatingRequest next = waiting;
            waiting = null;
            ask(next, now); // it waited its turn: its minimum starts now
        }
        return asked == null ? new Welcome() : new Asking(asked);
    }

    private void thank(boolean alreadyRated) {
        asked = null;
        thanks = new Thanks(alreadyRated);
        thanksUntil = clock.instant().plus(THANKS);
    }

    private void ask(RatingRequest r, Instant from) {
        asked = r;
        lastToken = r.token();
        askedUntil = from.plus(minimum);
        movedOn = false;
        windowServes(serving);
    }

    private boolean expired(RatingRequest r) {
        return r.expiresAt() != null && !clock.instant().isBefore(r.expiresAt());
    }
}
