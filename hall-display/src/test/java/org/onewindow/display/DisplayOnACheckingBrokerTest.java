package org.onewindow.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.testsupport.MosquittoProcess;

/**
 * The main board on a Mosquitto that checks user names and passwords: with its token it is let in
 * as itself; with a password the broker does not hold for it, it is refused, keeps running and
 * shows it is offline.
 */
class DisplayOnACheckingBrokerTest {

    private static final String OBSERVER = "staff-observer";

    @TempDir
    Path dir;
    private MosquittoProcess broker;
    private MqttGateway observer;
    private HallDisplay board;
    private boolean shown;

    @AfterEach
    void stop() throws Exception {
        // The broker is a process of its own: it is stopped whatever else fails here.
        try {
            if (shown) {
                Screens.close();
            }
            if (board != null) {
                board.close();
            }
            if (observer != null) {
                observer.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private void startBroker() {
        assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        broker = new MosquittoProcess(MosquittoProcess.onlyUsers(dir,
                Map.of("board-main", "demo-board-token", OBSERVER, "observer-secret")));
    }

    private HallDisplay open(String password) {
        return HallDisplay.open(Screens.withMqttPassword(Screens.board(broker.uri(), Locale.CHINESE, List.of(), null), password),
                Clock.systemUTC(), SpeechEngine.SILENT, (name, clip) -> { });
    }

    @Test
    void withItsTokenTheBoardIsLetInAsItself() {
        startBroker();
        observer = MqttGateways.connect(MqttOptions.of(broker.uri(), OBSERVER).withCredentials(OBSERVER, "observer-secret"));
        List<String> presence = new CopyOnWriteArrayList<>();
        observer.subscribe("hall/v1/+/devices/board-main/presence", 1,
                (topic, payload, retained) -> presence.add(new String(payload, StandardCharsets.UTF_8)));

        board = open("demo-board-token");

        await().atMost(Duration.ofSeconds(10)).until(() -> presence.stream().anyMatch(p -> p.contains("\"online\":true")));
        assertThat(board.connected()).isTrue();
        assertThat(board.feed().current().connected()).isTrue();
        assertThat(broker.logged("u'board-main'")).as("connected under its own user name").isPositive();
    }

    @Test
    void refusedByTheBrokerTheBoardKeepsRunningAndShowsItIsOffline() throws Exception {
        startBroker();

        board = open("not-the-boards-token");
        shown = true;
        Screens.show(board.config(), board::startScreen);

        // Refused again and again, and still up: the screen shows the offline mark.
        await().atMost(Duration.ofSeconds(15)).until(() -> broker.logged("not authorised") >= 3);
        Screens.await(() -> Screens.visible("#offline-mark"), Duration.ofSeconds(5), () -> Screens.allText(".board"));
        assertThat(Screens.text("#offline-mark")).isEqualTo("离线");
        assertThat(board.connected()).isFalse();
        assertThat(broker.logged("New client connected")).isZero();
    }
}
