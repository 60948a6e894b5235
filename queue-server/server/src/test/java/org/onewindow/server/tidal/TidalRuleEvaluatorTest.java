package org.onewindow.server.tidal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.TidalSuggestion;
import org.onewindow.server.hall.TidalRules;

class TidalRuleEvaluatorTest {

    // open at >= 25 waiting, >= 40 min oldest, >= 45 min predicted; close at <= 5 and <= 15 min;
    // minimum open 30 min; a threshold must hold 60 s.
    private static final TidalRules RULES = new TidalRules(false, 15, 25, 40, 45, 5, 15, 30, 60);
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    private final TidalRuleEvaluator evaluator = new TidalRuleEvaluator(RULES);

    private static AreaQueue area(String id, int waiting, long oldestMinutes, long predictedMinutes) {
        return new AreaQueue("h", id, "不动产登记", "Real estate", "B", waiting, 2, predictedMinutes * 60,
                oldestMinutes * 60, 1, T0, false);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aSurgeThatLastsTheSustainPeriodSuggestsOpeningAFreeTidalWindow() {
        List<AreaQueue> surge = List.of(area("estate", 31, 42, 47), area("biz", 3, 5, 5));
        assertThat(evaluator.evaluate(at(0), surge, List.of(), List.of("20", "21"))).isEmpty();
        assertThat(evaluator.evaluate(at(59), surge, List.of(), List.of("20", "21"))).isEmpty();
        List<TidalSuggestion> advice = evaluator.evaluate(at(60), surge, List.of(), List.of("20", "21"));
        assertThat(advice).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("OPEN");
            assertThat(s.areaId()).isEqualTo("estate");
            assertThat(s.windowNo()).isEqualTo("20");
            assertThat(s.reason()).isEqualTo("不动产登记：等候 31 人，最久已等 42 分钟，预计等候 47 分钟");
        });
    }

    @Test
    void aQueueFlappingAroundTheThresholdSuggestsNothing() {
        for (int s = 0; s < 600; s += 30) {
            int waiting = (s / 30) % 2 == 0 ? 26 : 24;
            assertThat(evaluator.evaluate(at(s), List.of(area("estate", waiting, 10, 20)), List.of(), List.of("20"))).isEmpty();
        }
    }

    @Test
    void anyOneOpenThresholdIsEnough() {
        evaluator.evaluate(at(0), List.of(area("a", 3, 41, 5), area("b", 3, 5, 46)), List.of(), List.of("20", "21"));
        assertThat(evaluator.evaluate(at(60), List.of(area("a", 3, 41, 5), area("b", 3, 5, 46)), List.of(), List.of("20", "21")))
                .extracting(TidalSuggestion::areaId, TidalSuggestion::windowNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "20"), org.assertj.core.groups.Tuple.tuple("b", "21"));
    }

    @Test
    void withNoFreeTidalWindowTheAdviceSaysSo() {
        evaluator.evaluate(at(0), List.of(area("estate", 40, 10, 60)), List.of(), List.of());
        assertThat(evaluator.evaluate(at(60), List.of(area("estate", 40, 10, 60)), List.of(), List.of()))
                .singleElement().satisfies(s -> {
                    assertThat(s.windowNo()).isEmpty();
                    assertThat(s.reason()).endsWith("暂无空闲潮汐窗口");
                });
    }

    @Test
    void peopleWaitingWhereNoWindowServesQualifyForATidalWindow() {
        AreaQueue unserved = new AreaQueue("h", "justice", "司法", "Justice", "J", 2, 0, null, 300, 1, T0, true);
        AreaQueue empty = new AreaQueue("h", "pickup", "统一出件", "Pickup", "P", 0, 0, null, 0, 1, T0, true);
        evaluator.evaluate(at(0), List.of(unserved, empty), List.of(), List.of("20"));
        assertThat(evaluator.evaluate(at(60), List.of(unserved, empty), List.of(), List.of("20"))).singleElement()
                .satisfies(s -> {
                    assertThat(s.areaId()).isEqualTo("justice");
                    assertThat(s.reason()).isEqualTo("司法：等候 2 人，最久已等 5 分钟，暂无窗口办理");
                });
    }

    @Test
    void anAreaAlreadyServedByATidalWindowGetsNoSecondOne() {
        List<OpenTidalWindow> open = List.of(new OpenTidalWindow("20", List.of("estate"), at(0)));
        evaluator.evaluate(at(0), List.of(area("estate", 40, 50, 60)), open, List.of("21"));
        assertThat(evaluator.evaluate(at(120), List.of(area("estate", 40, 50, 60)), open, List.of("21"))).isEmpty();
    }

    @Test
    void closingWaitsForTheMinimumOpenTimeAndACalmThatLasts() {
        List<OpenTidalWindow> open = List.of(new OpenTidalWindow("20", List.of("estate"), at(0)));
        List<AreaQueue> calm = List.of(area("estate", 2, 3, 6));
        assertThat(evaluator.evaluate(at(600), calm, open, List.of("21"))).isEmpty();
        assertThat(evaluator.evaluate(at(1800), calm, open, List.of("21"))).isEmpty();
        assertThat(evaluator.evaluate(at(1860), calm, open, List.of("21"))).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("CLOSE");
            assertThat(s.windowNo()).isEqualTo("20");
            assertThat(s.reason()).isEqualTo("等候 2 人，预计等候 6 分钟，已开放 31 分钟");
        });
    }

    @Test
    void aCalmInterruptedByALoadStartsTheSustainAgain() {
        List<OpenTidalWindow> open = List.of(new OpenTidalWindow("20", List.of("estate"), at(0)));
        evaluator.evaluate(at(1800), List.of(area("estate", 2, 3, 6)), open, List.of());
        evaluator.evaluate(at(1830), List.of(area("estate", 9, 3, 6)), open, List.of());
        assertThat(evaluator.evaluate(at(1860), List.of(area("estate", 2, 3, 6)), open, List.of())).isEmpty();
        assertThat(evaluator.evaluate(at(1920), List.of(area("estate", 2, 3, 6)), open, List.of())).hasSize(1);
    }
}
