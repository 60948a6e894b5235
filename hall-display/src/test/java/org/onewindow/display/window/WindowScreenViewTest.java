package org.onewindow.display.window;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.testsupport.SampleStates;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.testsupport.MutableClock;

/** The screen above a window rendered headless from states. */
class WindowScreenViewTest {

    private final Instant now = Screens.morning();
    private final MutableClock clock = new MutableClock(now, Screens.HALL_ZONE);
    private WindowScreenView view;

    @AfterEach
    void close() throws Exception {
        Screens.close();
    }

    private void show(DisplayConfig config, DisplayState state) throws Exception {
        Screens.show(config, () -> {
            view = new WindowScreenView(config, new DisplayTexts(config.locale()), clock);
            view.show(state);
            return view;
        });
    }

    @Test
    void showsTheTicketBeingServedWithAMaskedNameAndHighlightsANewOne() throws Exception {
        show(Screens.window("tcp://unused:1", "5", Locale.CHINESE),
                SampleStates.withWindow(SampleStates.window("5", "OPEN", "B012", "张三丰", false, now), true, now));
        assertThat(Screens.text("#window-no")).isEqualTo("5");
        assertThat(Screens.text("#window-label")).isEqualTo("企业开办综合受理");
        assertThat(Screens.text("#serving-ticket")).isEqualTo("B012");
        assertThat(Screens.text("#serving-name")).as("masked even if the server sent it whole").isEqualTo("张**");
        assertThat(Screens.visible("#window-tidal")).isFalse();
        assertThat(Screens.visible("#window-status")).isFalse();
        assertThat(Screens.hasStyleClass(".serving-ticket", "serving-ticket")).isTrue();
        clock.advance(Duration.ofSeconds(9));
        Screens.onFx(view::tick);
        Screens.onFx(() -> view.show(SampleStates.withWindow(SampleStates.window("5", "OPEN", "B013", "李四", false, now), true, now)));
        assertThat(Screens.text("#serving-ticket")).isEqualTo("B013");
        assertThat(Screens.text("#serving-name")).isEqualTo("李*");
    }

    @Test
    void pausedAndClosedWindowsSayServiceIsStopped() throws Exception {
        show(Screens.window("tcp://unused:1", "5", Locale.CHINESE),
                SampleStates.withWindow(SampleStates.window("5", "PAUSED", "", "", false, now), true, now));
        assertThat(Screens.text("#window-status")).isEqualTo("暂停服务");
        assertThat(Screens.visible("#serving-ticket")).isFalse();
        Screens.onFx(() -> view.show(SampleStates.withWindow(SampleStates.window("5", "CLOSED", "", "", false, now), true, now)));
        assertThat(Screens.allText(".window-screen")).contains("暂停服务", "本窗口暂未开放");
        Screens.onFx(() -> view.show(SampleStates.withWindow(SampleStates.window("5", "OPEN", "", "", false, now), true, now)));
        assertThat(Screens.text("#serving-name")).isEqualTo("请等候叫号");
        assertThat(Screens.visible("#window-status")).isFalse();
    }

    @Test
    void anOpenTidalWindowSaysSoAndWhatItServes() throws Exception {
        show(Screens.window("tcp://unused:1", "28", Locale.CHINESE),
                SampleStates.withWindow(SampleStates.window("28", "OPEN", "H031", "王五", true, now), true, now));
        assertThat(Screens.visible("#window-tidal")).isTrue();
        assertThat(Screens.text("#window-tidal")).isEqualTo("潮汐窗口");
        assertThat(Screens.text("#window-areas")).isEqualTo("不动产登记");
        assertThat(Screens.hasStyleClass(".window-screen", "tidal")).isTrue();
    }

    @Test
    void offlineShowsTheLastStateWithAMark() throws Exception {
        show(Screens.window("tcp://unused:1", "5", Locale.CHINESE),
                SampleStates.withWindow(SampleStates.window("5", "OPEN", "B012", "张三", false, now), false, now));
        assertThat(Screens.text("#serving-ticket")).isEqualTo("B012");
        assertThat(Screens.visible("#offline-mark")).isTrue();
    }
}
