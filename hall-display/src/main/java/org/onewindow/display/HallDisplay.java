package org.onewindow.display;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.feed.HallFeed;
import org.onewindow.display.voice.Announcer;
import org.onewindow.display.voice.AudioOutput;
import org.onewindow.display.voice.RecordingOutput;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;

/**
 * One display put together: its broker connection (with presence), the feed of hall state, the
 * announcer, and the screen for its mode. The display needs nothing but the broker: no REST, no
 * database, so it can start before the server and survive the server's restarts.
 */
public final class HallDisplay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HallDisplay.class);

    private final DisplayConfig config;
    private final Clock clock;
    private final MqttGateway mqtt;
    private final HallFeed feed;
    private final Announcer announcer;
    private final EvaluatorClient evaluator;
    private Timeline ticker;

    private HallDisplay(DisplayConfig config, Clock clock, MqttGateway mqtt, Announcer announcer) {
        this.config = config;
        this.clock = clock;
        this.mqtt = mqtt;
        this.announcer = announcer;
        this.feed = new HallFeed(mqtt, config.hallId(), clock);
        this.evaluator = config.mode() == DisplayMode.EVALUATOR
                ? new EvaluatorClient(mqtt, config.hallId(), config.windowNo(), config.deviceId()) : null;
        if (announcer != null) {
            feed.addListener(new SpokenCalls(config, announcer));
        }
        switch (config.mode()) {
            case BOARD -> feed.followBoard();
            case WINDOW -> feed.followWindow(config.windowNo());
            // It announces no call, and the broker lets an evaluator read only its window's topics.
            case EVALUATOR -> feed.followWindowScreen(config.windowNo());
        }
    }

    /** A display that speaks with espeak-ng when installed and plays on the sound card. */
    public static HallDisplay open(DisplayConfig config, Clock clock) {
        SpeechEngine speech = config.voice() ? SpeechEngine.espeak().orElse(SpeechEngine.SILENT) : SpeechEngine.SILENT;
        AudioOutput output = AudioOutput.speaker();
        if (config.voiceRecordDir() != null) {
            output = output.andThen(new RecordingOutput(config.voiceRecordDir()));
        }
        return open(config, clock, speech, output);
    }

    /** A display with the given speech engine and audio output. */
    public static HallDisplay open(DisplayConfig config, Clock clock, SpeechEngine speech, AudioOutput output) {
        MqttOptions options = DisplayBrokerOptions.of(config, clock);
        Announcer announcer = config.voice() && config.mode() != DisplayMode.EVALUATOR
                ? new Announcer(speech, output, clock, config.voiceMaxAge(), config.voiceRepeat()) : null;
        return new HallDisplay(config, clock, MqttGateways.connect(options), announcer);
    }

    /** The screen for this display's mode, kept current from the feed. Call on the FX thread. */
    public Parent startScreen() {
        ModeScreen screen = ModeScreen.of(config, clock, evaluator);
        Consumer<DisplayState> render = screen.render();
        Runnable tick = screen.tick();
        render.accept(feed.current());
        feed.addListener(new HallFeed.Listener() {
            @Override
            public void stateChanged(DisplayState state) {
                Platform.runLater(() -> render.accept(feed.current()));
            }

            @Override
            public void called(CallAnnouncement call) {
                // The board's call list comes with the state that follows every call.
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        log.info("Display {} shows {} of hall {} from {}", config.deviceId(), config.mode(), config.hallId(), config.mqttUrl());
        return screen.node();
    }

    public DisplayConfig config() {
        return config;
    }

    public HallFeed feed() {
        return feed;
    }

    /** The rating side of an evaluator display. */
    public Optional<EvaluatorClient> evaluator() {
        return Optional.ofNullable(evaluator);
    }

    /** The announcer, when this display speaks. */
    public Optional<Announcer> announcer() {
        return Optional.ofNullable(announcer);
    }

    public boolean connected() {
        return mqtt.isConnected();
    }

    @Override
    public void close() {
        if (ticker != null) {
            Platform.runLater(ticker::stop);
        }
        if (announcer != null) {
            announcer.close();
        }
        mqtt.close();
    }
}
