package org.onewindow.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperWidth;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.RestTicketDesk;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.queue.TicketDesk;
import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalLink;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.testsupport.TroubledRedis;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * A citizen at the queue kiosk or the 24-hour terminal while the hall's Redis is loading its data
 * after a restart, against the whole server: the request waits (the pause screen, "please wait"),
 * is sent again with the same id, and is done once Redis is back. Nobody is told "refused".
 */
class RedisLoadingTest {

    private static final TurnSettings TURN = new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(5), 65);

    @TempDir
    static Path serverDir;
    @TempDir
    Path printouts;
    private static TroubledRedis redis;
    private static DemoHallServer server;
    private static HallView hall;
    private TroubledRedis.State loading = () -> { };

    @BeforeAll
    static void startServer() throws Exception {
        redis = new TroubledRedis();
        server = KioskHallServer.startOnRedis(serverDir, redis.port());
        hall = server.manager().hall();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        redis.close();
    }

    @AfterEach
    void redisBack() {
        loading.end();
    }

    /** The server's desk, keeping every request id it was asked and what came of it. */
    private record RecordingDesk(TicketDesk desk, List<String> asked, List<Integer> answers) implements TicketDesk {
        @Override
        public TicketView issueTicket(IssueTicketRequest request) {
            asked.add(request.requestId());
            try {
                TicketView ticket = desk.issueTicket(request);
                answers.add(200);
                return ticket;
            } catch (HallApiException e) {
                answers.add(e.status());
                throw e;
            }
        }

        @Override
        public TicketView checkIn(CheckInRequest request) {
            return desk.checkIn(request);
        }

        @Override
        public NearTurnNoticeView leaveNumber(String trackingCode, NearTurnNoticeRequest request) {
            return desk.leaveNumber(trackingCode, request);
        }
    }

    @Test
    void aTicketAskedForWhileRedisLoadsWaitsOnThePauseScreenAndIsIssuedWithTheSameRequestId() {
        RecordingDesk desk = new RecordingDesk(new RestTicketDesk(HallRestClient.forDevice(server.url(), DemoHallServer.HALL,
                "demo-kiosk-token", Duration.ofSeconds(10))), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<Screen> screens = new CopyOnWriteArrayList<>();
        KioskFlow kiosk = new KioskFlow(hall, desk, new SimulatedPrinter(printouts, PaperWidth.MM80), (part, state, words) -> { },
                Clock.systemUTC(), Runnable::run, Runnable::run, TURN, "http://127.0.0.1/api/halls", screens::add);
        kiosk.start();
        String area = hall.areas().get(0).id();
        kiosk.chooseArea(area);
        kiosk.chooseItem(area, "");
        loading = redis.loading();

        kiosk.withoutIdCard();

        assertThat(kiosk.current()).isEqualTo(new Screen.Paused(true));
        assertThat(desk.answers()).containsExactly(503);
        loading.end();
        // What the kiosk's probe says every two seconds while the server answers.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            kiosk.serverReachable(true);
            return kiosk.current() instanceof Screen.Issued;
        });
        assertThat(desk.asked()).hasSizeGreaterThan(1).containsOnly(desk.asked().get(0));
        assertThat(screens).noneMatch(s -> s instanceof Screen.Notice);
        assertThat(((Screen.Issued) kiosk.current()).ticket().areaId()).isEqualTo(area);
    }

    @Test
    void aTerminalAskingWhileRedisLoadsSaysPleaseWaitAndShowsTheMenuOnceRedisIsBack() {
        MqttGateway mqtt = MqttGateways.connect(MqttOptions.of(server.mqttUrl(), "terminal-1-" + UUID.randomUUID())
                .withCredentials("terminal-1", "demo-terminal-token"));
        // Longer than a terminal waits in the hall (6 s), so that the whole of the slowed reload fits in.
        try (TerminalLink link = new TerminalLink(mqtt, DemoHallServer.HALL, "terminal-1", Duration.ofSeconds(60))) {
            await().atMost(Duration.ofSeconds(10)).until(mqtt::isConnected);
            List<TerminalScreen> screens = new CopyOnWriteArrayList<>();
            TerminalFlow terminal = new TerminalFlow(hall, link, null, new SimulatedPrinter(printouts, PaperWidth.MM80),
                    (part, state, words) -> { }, Clock.systemUTC(), Runnable::run, TURN, screens::add);
            terminal.start();
            loading = redis.loading();

            terminal.cardRead(SampleCards.ADULT);

            assertThat(screens.get(screens.size() - 1)).isInstanceOf(TerminalScreen.Working.class);
            loading.end();
            await().atMost(Duration.ofSeconds(30)).until(() -> screens.get(screens.size() - 1) instanceof TerminalScreen.Menu);
            assertThat(screens).noneMatch(s -> s instanceof TerminalScreen.Notice);
        } finally {
            mqtt.close();
        }
    }
}
