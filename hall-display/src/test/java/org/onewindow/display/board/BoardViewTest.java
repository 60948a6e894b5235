package org.onewindow.display.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.testsupport.SampleStates;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.testsupport.MutableClock;

/** The main board rendered headless (Monocle) from states, read back from its nodes. */
class BoardViewTest {

    private final Instant now = Screens.morning();
    private final MutableClock clock = new MutableClock(now, Screens.HALL_ZONE);
    private BoardView board;

    @AfterEach
    void close() throws Exception {
        Screens.close();
    }

    private void show(DisplayConfig config, DisplayState state) throws Exception {
        Screens.show(config, () -> {
            board = new BoardView(config, new DisplayTexts(config.locale()), clock);
            board.show(state);
            return board;
        });
    }

    @Test
    void showsCallsQueuesTidalWindowsNoticeAndClock() throws Exception {
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), SampleStates.busyMorning(now, "今日下午系统维护"));
        assertThat(Screens.text("#hall-name")).isEqualTo("临夏州政府政务服务中心");
        assertThat(Screens.text("#clock")).isEqualTo("2026年11月25日 星期三 10:00");
        assertThat(Screens.allText("#call-0")).isEqualTo("B012 → 5号窗口");
        assertThat(Screens.allText("#call-1")).isEqualTo("H031 → 28号窗口");
        assertThat(Screens.visible("#call-5")).isTrue();
        assertThat(Screens.visible("#call-6")).as("six rows configured").isFalse();
        assertThat(Screens.text("#waiting-market")).isEqualTo("14 人等候");
        assertThat(Screens.text("#wait-market")).isEqualTo("约 40 分钟");
        assertThat(Screens.text("#wait-estate")).isEqualTo("约 1 小时 30 分钟");
        assertThat(Screens.text("#wait-fund")).isEqualTo("无需等候");
        assertThat(Screens.text("#wait-justice")).isEqualTo("暂无窗口办理");
        assertThat(Screens.hasStyleClass("#area-justice", "unserved")).isTrue();
        assertThat(Screens.text("#tidal-28")).isEqualTo("28号 → 不动产登记");
        assertThat(Screens.text("#tidal-29")).isEqualTo("29号 → 市场监管（企业开办）、医保社保");
        assertThat(Screens.text("#notice-text")).isEqualTo("今日下午系统维护");
        assertThat(Screens.visible("#notice")).isTrue();
        assertThat(Screens.visible("#offline-mark")).isFalse();
    }

    @Test
    void anAreaNoWindowServesSaysSoInTheKiosksWordsWhetherOrNotPeopleWait() throws Exception {
        DisplayState state = SampleStates.withAreas(now,
                SampleStates.area("justice", "司法（专业窗口）", "Justice", "J", 1, 0, 0),
                SampleStates.area("pickup", "统一出件", "Collect results", "P", 0, 0, 0),
                SampleStates.area("fund", "住房公积金", "Housing provident fund", "E", 0, 3, 0));
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), state);
        assertThat(Screens.text("#wait-justice")).as("1 waiting, no window").isEqualTo("暂无窗口办理");
        assertThat(Screens.hasStyleClass("#area-justice", "unserved")).isTrue();
        assertThat(Screens.text("#wait-pickup")).as("nobody waiting, no window").isEqualTo("暂无窗口办理");
        assertThat(Screens.hasStyleClass("#area-pickup", "unserved")).isFalse();
        assertThat(Screens.text("#wait-fund")).as("nobody waiting, 3 windows").isEqualTo("无需等候");
        Screens.close();
        show(Screens.board("tcp://unused:1", Locale.ENGLISH, List.of(), null), state);
        assertThat(Screens.text("#wait-justice")).isEqualTo("no window open");
        assertThat(Screens.text("#wait-pickup")).isEqualTo("no window open");
    }

    @Test
    void theNewestCallIsHighlightedForAFewSecondsOnly() throws Exception {
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), SampleStates.busyMorning(now, ""));
        assertThat(Screens.hasStyleClass("#call-0", "fresh")).isTrue();
        assertThat(Screens.hasStyleClass("#call-1", "fresh")).isFalse();
        clock.advance(Duration.ofSeconds(7));
        Screens.onFx(board::tick);
        assertThat(Screens.hasStyleClass("#call-0", "fresh")).as("8 s highlight, 2 s old call, 7 s later").isFalse();
        // A state update that brings no new call does not light the old one again.
        Screens.onFx(() -> board.show(SampleStates.busyMorning(now, "")));
        assertThat(Screens.hasStyleClass("#call-0", "fresh")).isFalse();
    }

    @Test
    void aRecalledTicketIsListedOnceAtTheTopInTheRecallColour() throws Exception {
        DisplayState morning = SampleStates.busyMorning(now, "");
        List<RecentCall> calls = new ArrayList<>();
        calls.add(new RecentCall("c7", "H031", "28", "estate", "不动产登记", now, true));
        calls.addAll(morning.board().recentCalls());
        BoardState b = morning.board();
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), new DisplayState(new BoardState(b.hallId(),
                b.hallName(), b.seq() + 1, now, calls, b.areas(), b.tidalWindows(), b.notice()), Map.of(), true, true, now));
        assertThat(Screens.allText("#call-0")).isEqualTo("H031 → 28号窗口");
        assertThat(Screens.hasStyleClass("#call-0", "recall")).isTrue();
        assertThat(Screens.allText("#call-1")).isEqualTo("B012 → 5号窗口");
        assertThat(Screens.allText("#call-2")).as("H031's first call is gone").isEqualTo("D007 → 11号窗口");
    }

    @Test
    void aBoardStartedLateDoesNotHighlightAnOldCall() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), SampleStates.busyMorning(now, ""));
        assertThat(Screens.allText("#call-0")).startsWith("B012");
        assertThat(Screens.hasStyleClass("#call-0", "fresh")).isFalse();
    }

    @Test
    void showsOnlyTheConfiguredAreasAndNoNoticeWhenThereIsNone() throws Exception {
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of("estate", "market"), null),
                SampleStates.busyMorning(now, ""));
        assertThat(Screens.visible("#area-estate")).isTrue();
        assertThat(Screens.visible("#area-market")).isTrue();
        assertThat(Screens.visible("#area-police")).isFalse();
        assertThat(Screens.visible("#notice")).isFalse();
    }

    @Test
    void offlineKeepsTheLastStateUnderADiscreetMark() throws Exception {
        DisplayState state = SampleStates.busyMorning(now, "");
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), state);
        DisplayState lost = new DisplayState(state.board(), state.windows(), false, true, now);
        Screens.onFx(() -> board.show(lost));
        assertThat(Screens.visible("#offline-mark")).isTrue();
        assertThat(Screens.text("#offline-mark")).isEqualTo("离线 · 显示 10:00 的信息");
        assertThat(Screens.allText("#call-0")).isEqualTo("B012 → 5号窗口");
        DisplayState serverGone = new DisplayState(state.board(), state.windows(), true, false, now);
        Screens.onFx(() -> board.show(serverGone));
        assertThat(Screens.text("#offline-mark")).isEqualTo("服务器离线 · 显示 10:00 的信息");
    }

    @Test
    void beforeAnyStateItSaysItIsConnecting() throws Exception {
        show(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), DisplayState.empty());
        assertThat(Screens.allText("#calls")).isEqualTo("正在连接叫号服务器…");
        assertThat(Screens.text("#offline-mark")).isEqualTo("离线");
    }

    @Test
    void speaksEnglishWhenConfigured() throws Exception {
        show(Screens.board("tcp://unused:1", Locale.ENGLISH, List.of(), null), SampleStates.busyMorning(now, ""));
        assertThat(Screens.text("#clock")).isEqualTo("Wed 25 Nov 2026 10:00");
        assertThat(Screens.allText("#call-0")).isEqualTo("B012 → Window 5");
        assertThat(Screens.allText("#area-market")).isEqualTo("Market regulation and business start-up 14 waiting about 40 min");
        assertThat(Screens.text("#tidal-28")).isEqualTo("No. 28 → Real estate registration");
    }
}
