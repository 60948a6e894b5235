package org.onewindow.display.evaluator;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.display.evaluator.EvaluatorViewModel.Asking;
import org.onewindow.display.evaluator.EvaluatorViewModel.Thanks;
import org.onewindow.display.evaluator.EvaluatorViewModel.Welcome;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.testsupport.MutableClock;

/** What the evaluator shows, over a clock moved by hand: no sleeps, no JavaFX. */
class EvaluatorViewModelTest {

    private final Instant finished = Instant.parse("2026-11-25T02:00:00Z");
    private final MutableClock clock = new MutableClock(finished.plusMillis(40));
    private final EvaluatorViewModel model = new EvaluatorViewModel(clock, Duration.ofSeconds(20));

    private RatingRequest request(String ticket, Instant at) {
        return new RatingRequest("linxia", "5", "20261125-" + ticket, ticket, "token-" + ticket, "/rate.html?t=token-" + ticket,
                at.plus(Duration.ofHours(24)), at);
    }

    private void later(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void theRequestStaysForItsMinimumWhenTheWindowCallsTheNextTicketAtOnce() {
        model.windowServes("B012");
        model.requested(Optional.of(request("B012", finished)));
        model.windowServes("");
        model.windowServes("B013");
        assertThat(model.screen()).isEqualTo(new Asking(request("B012", finished)));
        later(19);
        assertThat(model.screen()).isInstanceOf(Asking.class);
        later(1);
        assertThat(model.screen()).as("20 s after the service, with the next citizen served").isEqualTo(new Welcome());
    }

    @Test
    void withNobodyElseServedTheRequestStaysUntilRated() {
        model.requested(Optional.of(request("B012", finished)));
        model.windowServes("");
        later(600);
        assertThat(model.screen()).isEqualTo(new Asking(request("B012", finished)));

        assertThat(model.answered(new RatingResult("token-B012", true, "", "感谢您的评价"))).isTrue();
        assertThat(model.screen()).isEqualTo(new Thanks(false));
        later(5);
        assertThat(model.screen()).isEqualTo(new Welcome());
        // The broker delivering the request again (a reconnect) does not ask again.
        model.requested(Optional.of(request("B012", finished)));
        assertThat(model.screen()).isEqualTo(new Welcome());
    }

    @Test
    void aRatingWithinTheMinimumEndsItAndARefusalDoesNot() {
        model.requested(Optional.of(request("B012", finished)));
        model.windowServes("B013");
        assertThat(model.answered(new RatingResult("token-B012", false, "REASON_REQUIRED", "say what was wrong"))).isFalse();
        assertThat(model.screen()).isInstanceOf(Asking.class);
        // Rated by phone meanwhile: the evaluator's tap is answered ALREADY_RATED.
        assertThat(model.answered(new RatingResult("token-B012", false, "ALREADY_RATED", "rated already"))).isTrue();
        assertThat(model.screen()).isEqualTo(new Thanks(true));
    }

    @Test
    void theServerClearingTheRequestMeansItWasRatedHereAndItsAnswerIsThankedForToo() {
        model.requested(Optional.of(request("B012", finished)));
        model.requested(Optional.empty());
        assertThat(model.screen()).isEqualTo(new Thanks(false));
        later(2);
        model.answered(new RatingResult("token-B012", true, "", "感谢您的评价"));
        later(4);
        assertThat(model.screen()).as("thanked from the answer on").isEqualTo(new Thanks(false));
    }

    @Test
    void aSecondFinishWaitsUntilTheFirstRequestsMinimumHasPassedThenGetsItsOwn() {
        model.requested(Optional.of(request("B012", finished)));
        model.windowServes("B013");
        later(8);
        model.requested(Optional.of(request("B013", clock.instant())));
        model.windowServes("");
        assertThat(model.screen()).isEqualTo(new Asking(request("B012", finished)));
        later(12);
        RatingRequest second = request("B013", finished.plusMillis(40).plusSeconds(8));
        assertThat(model.screen()).as("B012's 20 s are over").isEqualTo(new Asking(second));
        model.windowServes("B014");
        later(19);
        assertThat(model.screen()).as("its own 20 s from when it appeared").isEqualTo(new Asking(second));
        later(1);
        assertThat(model.screen()).isEqualTo(new Welcome());
    }

    @Test
    void aSecondFinishIsShownAsSoonAsTheFirstIsRated() {
        model.requested(Optional.of(request("B012", finished)));
        model.windowServes("B013");
        later(3);
        model.requested(Optional.of(request("B013", clock.instant())));
        model.answered(new RatingResult("token-B012", true, "", "感谢您的评价"));
        assertThat(model.screen()).isEqualTo(new Thanks(false));
        later(5);
        assertThat(model.screen()).isInstanceOfSatisfying(Asking.class,
                a -> assertThat(a.request().ticketNumber()).isEqualTo("B013"));
    }

    @Test
    void afterARestartARetainedRequestIsShownForWhatIsLeftOfItsMinimum() {
        later(9);
        // A fresh evaluator: the broker's retained request and window screen, in either order.
        model.windowServes("B013");
        model.requested(Optional.of(request("B012", finished)));
        assertThat(model.screen()).isInstanceOf(Asking.class);
        later(11);
        assertThat(model.screen()).isEqualTo(new Welcome());
    }

    @Test
    void anOldRetainedRequestIsNotShownAgainOnceTheWindowHasMovedOnAndAnExpiredOneNever() {
        EvaluatorViewModel restarted = new EvaluatorViewModel(clock, Duration.ofSeconds(20));
        later(300);
        restarted.requested(Optional.of(request("B012", finished)));
        restarted.windowServes("B013");
        assertThat(restarted.screen()).isEqualTo(new Welcome());

        later(24 * 3600);
        EvaluatorViewModel nextDay = new EvaluatorViewModel(clock, Duration.ofSeconds(20));
        nextDay.requested(Optional.of(request("B012", finished)));
        assertThat(nextDay.screen()).isEqualTo(new Welcome());
    }

    @Test
    void aZeroMinimumGoesBackToTheWelcomeAtTheNextCallAsBefore() {
        EvaluatorViewModel atOnce = new EvaluatorViewModel(clock, Duration.ZERO);
        atOnce.requested(Optional.of(request("B012", finished)));
        assertThat(atOnce.screen()).isInstanceOf(Asking.class);
        atOnce.windowServes("B013");
        assertThat(atOnce.screen()).isEqualTo(new Welcome());
    }
}
