package org.onewindow.display.evaluator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.display.evaluator.EvaluatorFlow.NeedReason;
import org.onewindow.display.evaluator.EvaluatorFlow.PickReasons;
import org.onewindow.display.evaluator.EvaluatorFlow.Quiet;
import org.onewindow.display.evaluator.EvaluatorFlow.Refused;
import org.onewindow.display.evaluator.EvaluatorViewModel.Asking;
import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.protocol.topic.HallTopics;

/** A citizen's touches on the rating pad and what reaches the server, with no JavaFX and no broker. */
class EvaluatorFlowTest {

    private final Instant finished = Instant.parse("2026-11-25T02:00:00Z");
    private final MutableClock clock = new MutableClock(finished.plusMillis(40));
    private final HallTopics topics = HallTopics.forHall("linxia");
    private final LoopbackGateway mqtt = new LoopbackGateway();
    private final EvaluatorFlow flow = new EvaluatorFlow(new EvaluatorClient(mqtt, "linxia", "5", "evaluator-5"), clock,
            Duration.ofSeconds(20));

    private RatingRequest request(String ticket) {
        return new RatingRequest("linxia", "5", "20261125-" + ticket, ticket, "token-" + ticket, "/rate.html?t=token-" + ticket,
                finished.plus(Duration.ofHours(24)), finished);
    }

    private List<RatingSubmission> sent() {
        return mqtt.published.stream().filter(p -> p.topic().equals(topics.evaluatorRating("5")))
                .map(p -> JsonCodec.fromBytes(p.payload(), RatingSubmission.class)).toList();
    }

    @Test
    void aGoodLevelIsSentAtOnceForTheRequestOnScreen() {
        flow.requested(Optional.of(request("B012")));
        assertThat(flow.screen()).isEqualTo(new Asking(request("B012")));

        flow.choose(RatingLevel.VERY_SATISFIED);

        assertThat(sent()).containsExactly(
                new RatingSubmission("token-B012", "VERY_SATISFIED", List.of(), "", "evaluator-5"));
        assertThat(flow.askingReasons()).isFalse();
    }

    @Test
    void aBadLevelIsSentOnlyWithAReason() {
        flow.requested(Optional.of(request("B012")));
        flow.screen();

        flow.choose(RatingLevel.DISSATISFIED);
        assertThat(flow.askingReasons()).isTrue();
        assertThat(flow.note()).isEqualTo(new PickReasons(RatingLevel.DISSATISFIED));
        flow.send();
        assertThat(flow.note()).isEqualTo(new NeedReason());
        assertThat(sent()).isEmpty();

        flow.pick("SLOW", true);
        flow.pick("LONG_WAIT", true);
        flow.send();
        assertThat(sent()).containsExactly(
                new RatingSubmission("token-B012", "DISSATISFIED", List.of("LONG_WAIT", "SLOW"), "", "evaluator-5"));
    }

    @Test
    void backFromTheReasonsDropsThemAndShowsTheLevels() {
        flow.requested(Optional.of(request("B012")));
        flow.screen();
        flow.choose(RatingLevel.VERY_DISSATISFIED);
        flow.pick("ATTITUDE", true);

        flow.backToLevels();

        assertThat(flow.askingReasons()).isFalse();
        assertThat(flow.picked("ATTITUDE")).isFalse();
        assertThat(flow.note()).isEqualTo(new Quiet());
    }

    @Test
    void theNextRequestStartsFromTheLevels() {
        flow.requested(Optional.of(request("B012")));
        flow.screen();
        flow.choose(RatingLevel.DISSATISFIED);
        flow.pick("SLOW", true);
        flow.requested(Optional.empty());
        flow.requested(Optional.of(request("B013")));
        clock.advance(EvaluatorViewModel.THANKS);

        assertThat(flow.screen()).isEqualTo(new Asking(request("B013")));
        assertThat(flow.askingReasons()).isFalse();
        assertThat(flow.picked("SLOW")).isFalse();
        assertThat(flow.note()).isEqualTo(new Quiet());
    }

    @Test
    void aRefusalIsShownInTheServersWords() {
        flow.requested(Optional.of(request("B012")));
        flow.screen();

        flow.answered(new RatingResult("token-B012", false, "EXPIRED", "评价已过期"));

        assertThat(flow.note()).isEqualTo(new Refused("评价已过期"));
        assertThat(flow.screen()).isEqualTo(new Asking(request("B012")));
    }

    @Test
    void theNetworksNewsIsTakenOnTheScreensThread() {
        List<Runnable> screenThread = new ArrayList<>();
        List<String> told = new ArrayList<>();
        flow.listen(screenThread::add, () -> told.add("changed"));
        screenThread.clear(); // the client's "nothing pending" on listening

        mqtt.deliver(topics.evaluatorPending("5"), JsonCodec.toBytes(request("B012")));
        assertThat(told).isEmpty();
        assertThat(flow.screen()).isNotInstanceOf(Asking.class);

        screenThread.forEach(Runnable::run);
        assertThat(told).containsExactly("changed");
        assertThat(flow.screen()).isEqualTo(new Asking(request("B012")));
    }
}
