package org.onewindow.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Parent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.KioskDevices;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.kiosk.hours.ModeSchedule;
import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.RestTicketDesk;
import org.onewindow.kiosk.queue.view.KioskRoot;
import org.onewindow.kiosk.server.AreaQueues;
import org.onewindow.kiosk.server.DeviceHealthReporter;
import org.onewindow.kiosk.server.KioskBrokerOptions;
import org.onewindow.kiosk.terminal.LockerPickup;
import org.onewindow.kiosk.terminal.PendingPickups;
import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalLink;
import org.onewindow.kiosk.terminal.view.TerminalRoot;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.kiosk.ui.Speaker;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.HallView;

/**
 * One kiosk, assembled from its configuration: devices, the queue server (REST for tickets, MQTT
 * for live queues, health and the 24-hour terminal's requests), the queue kiosk's flow, the
 * terminal's flow, and the screen that shows one of them. Open it, wait for the hall, then start
 * the screen on the JavaFX thread.
 *
 * <p>In AUTO mode it is the queue kiosk while the hall is open and the 24-hour terminal outside
 * opening hours, switching by itself, but only when nobody is in the middle of a turn.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);
    /** A REST call that takes longer counts as "server unreachable": the pause shows within 3 s. */
    static final Duration SERVER_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);
    /** A locker door may stand open this long before staff are called. */
    private static final Duration DOOR_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration PICKUP_RETRY = Duration.ofSeconds(15);

    private final KioskConfig config;
    private final Clock clock;
    private final KioskDevices devices;
    private final HallRestClient server;
    private final MqttGateway mqtt;
    private final DeviceHealthReporter health;
    private final AreaQueues queues;
    private final TerminalLink terminalLink;
    private final KioskThreads threads = new KioskThreads();
    private volatile boolean closed;
    private KioskFlow flow;
    private KioskRoot root;
    private TerminalFlow terminal;
    private TerminalRoot terminalRoot;
    private ModeSwitch faces;
    private InputRouting inputs;

    private Kiosk(KioskConfig config, Clock clock, KioskDevices devices) {
        this.config = config;
        this.clock = clock;
        this.devices = devices;
        this.server = HallRestClient.forDevice(config.serverUrl(), config.hallId(), config.deviceToken(), SERVER_TIMEOUT);
        String kind = config.mode() == KioskMode.TERMINAL ? DeviceHealthReporter.TERMINAL : DeviceHealthReporter.KIOSK;
        this.mqtt = MqttGateways.connect(KioskBrokerOptions.of(config, kind, clock));
        this.health = new DeviceHealthReporter(mqtt, config.hallId(), config.deviceId(), kind, clock);
        this.queues = new AreaQueues(mqtt, config.hallId());
        this.terminalLink = new TerminalLink(mqtt, config.hallId(), config.deviceId(), TerminalLink.ANSWER_TIMEOUT);
    }

    public static Kiosk open(KioskConfig config, Clock clock) throws IOException {
        return new Kiosk(config, clock, KioskDevices.open(config));
    }

    /**
     * The hall as the server describes it; retries until the server answers. A terminal asks over
     * MQTT (it may stand in a village with no other way to the hall). Not on the FX thread.
     */
    public HallView awaitHall() throws InterruptedException {
        while (!closed) {
            try {
                return config.mode() == KioskMode.TERMINAL ? terminalLink.hall().join() : server.hall();
            } catch (HallApiException | CompletionException e) {
                log.warn("Queue server not answering ({}); trying again", e.getMessage());
                Thread.sleep(PROBE_INTERVAL.toMillis());
            }
        }
        throw new InterruptedException("kiosk closed");
    }

    /** Builds the screen and starts the devices' listeners. On the FX thread. */
    public Parent startScreen(HallView hall) {
        ModeSchedule schedule = new ModeSchedule(config.mode(), new HallCalendar(hall), clock);
        TurnSettings turn = new TurnSettings(config.idle(), config.elderlyIdle(), config.cardLiftedGrace(),
                hall.greenChannelAge());
        if (config.mode() != KioskMode.TERMINAL) {
            buildQueueKiosk(hall, turn);
        }
        if (config.mode() != KioskMode.QUEUE) {
            buildTerminal(hall, turn);
        }
        faces = new ModeSwitch(schedule, flow, root, terminal, terminalRoot);
        inputs = new InputRouting(faces, devices, health);
        health.report("idcard-reader", "OK", "正常");
        if (devices.locker() != null) {
            health.report(LockerPickup.DOORS, "OK", "正常");
        }
        KioskFlow queueFlow = flow;
        TerminalFlow terminalFlow = terminal;
        KioskProbe probe = new KioskProbe(server, mqtt, devices, health,
                queueFlow == null ? null : reachable -> Platform.runLater(() -> queueFlow.serverReachable(reachable)),
                terminalFlow == null ? null : connected -> Platform.runLater(() -> terminalFlow.connected(connected)));
        threads.probe().scheduleWithFixedDelay(probe, 0, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        if (flow != null) {
            flow.start();
        }
        if (terminal != null) {
            terminal.start();
        }
        faces.start();
        return faces.host();
    }

    private void buildQueueKiosk(HallView hall, TurnSettings turn) {
        flow = new KioskFlow(hall, new RestTicketDesk(server), devices.printer(), health::report, clock,
                Platform::runLater, threads.work(), turn, config.trackingBaseUrl(), screen -> root.show(screen));
        root = new KioskRoot(flow, queues, config.locale(), config.landscape(), new Speaker(config.speech()), clock);
        queues.onChange(q -> Platform.runLater(root::queuesChanged));
    }

    private void buildTerminal(HallView hall, TurnSettings turn) {
        LockerPickup pickup = devices.locker() == null ? null : new LockerPickup(devices.locker(), terminalLink,
                new PendingPickups(config.pendingPickups()), health::report, threads.work(), threads.pickupRetries(),
                DOOR_TIMEOUT, PICKUP_RETRY);
        terminal = new TerminalFlow(hall, terminalLink, pickup, devices.printer(), health::report, clock,
                Platform::runLater, turn, screen -> terminalRoot.show(screen));
        terminalRoot = new TerminalRoot(terminal, config.locale(), config.landscape(), clock);
    }

    /**
     * Every second, on the FX thread: clocks, countdowns and the end of turns; in AUTO mode, the
     * switch at opening and closing. Public so that tests can tick at the moment they choose.
     */
    public void tick() {
        faces.tick();
    }

    /** A finger on the screen: the idle countdown of whichever flow is shown starts again. */
    public void touched() {
        faces.touched();
    }

    /** The queue kiosk's flow; null for a kiosk that is only a terminal. */
    public KioskFlow flow() {
        return flow;
    }

    public KioskRoot root() {
        return root;
    }

    /** The 24-hour terminal's flow; null for a kiosk that never becomes one. */
    public TerminalFlow terminal() {
        return terminal;
    }

    /** Whether the terminal is on screen now (else the queue kiosk). */
    public boolean terminalShown() {
        return faces.terminalShown();
    }

    public KioskDevices devices() {
        return devices;
    }

    public KioskConfig config() {
        return config;
    }

    @Override
    public void close() {
        closed = true;
        if (faces != null) {
            faces.stop();
        }
        threads.close();
        if (inputs != null) {
            inputs.close();
        } else {
            devices.reader().close();
        }
        devices.close();
        terminalLink.close();
        mqtt.close();
    }
}
