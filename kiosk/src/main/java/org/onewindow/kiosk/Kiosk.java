package org.onewindow.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.device.KioskDevices;
import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.idcard.IdCardWatcher;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.device.scanner.KeyboardWedgeBuffer;
import org.onewindow.kiosk.device.scanner.ScanListener;
import org.onewindow.kiosk.flow.KioskFlow;
import org.onewindow.kiosk.server.AreaQueues;
import org.onewindow.kiosk.server.DeviceHealthReporter;
import org.onewindow.kiosk.ui.KioskRoot;
import org.onewindow.kiosk.ui.Speaker;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.HallView;

/**
 * One kiosk, assembled from its configuration: devices, the queue server (REST for tickets, MQTT
 * for live queues and health), the flow and its screen. Open it, wait for the hall, then start
 * the screen on the JavaFX thread.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);
    /** A REST call that takes longer counts as "server unreachable": the pause shows within 3 s. */
    static final Duration SERVER_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

    private final KioskConfig config;
    private final Clock clock;
    private final KioskDevices devices;
    private final HallRestClient server;
    private final MqttGateway mqtt;
    private final DeviceHealthReporter health;
    private final AreaQueues queues;
    private final ExecutorService background = Executors.newCachedThreadPool(daemon("kiosk-work"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-probe"));
    private volatile boolean closed;
    private KioskFlow flow;
    private KioskRoot root;
    private IdCardWatcher watcher;
    private Timeline ticker;

    private Kiosk(KioskConfig config, Clock clock, KioskDevices devices) {
        this.config = config;
        this.clock = clock;
        this.devices = devices;
        this.server = HallRestClient.forDevice(config.serverUrl(), config.hallId(), config.deviceToken(), SERVER_TIMEOUT);
        this.mqtt = MqttGateways.connect(DeviceHealthReporter.withPresence(
                MqttOptions.of(config.mqttUrl(), config.deviceId() + "-" + Long.toHexString(System.nanoTime())),
                config.hallId(), config.deviceId(), clock));
        this.health = new DeviceHealthReporter(mqtt, config.hallId(), config.deviceId(), clock);
        this.queues = new AreaQueues(mqtt, config.hallId());
    }

    public static Kiosk open(KioskConfig config, Clock clock) throws IOException {
        return new Kiosk(config, clock, KioskDevices.open(config));
    }

    /** The hall as the server describes it; retries until the server answers. Not on the FX thread. */
    public HallView awaitHall() throws InterruptedException {
        while (!closed) {
            try {
                return server.hall();
            } catch (HallApiException e) {
                log.warn("Queue server {} not answering ({}); trying again", config.serverUrl(), e.getMessage());
                Thread.sleep(PROBE_INTERVAL.toMillis());
            }
        }
        throw new InterruptedException("kiosk closed");
    }

    /** Builds the screen and starts the devices' listeners. On the FX thread. */
    public KioskRoot startScreen(HallView hall) {
        Speaker speaker = new Speaker(config.speech());
        KioskRoot[] rootRef = new KioskRoot[1];
        flow = new KioskFlow(hall, server, devices.printer(), health::report, clock, Platform::runLater, background,
                config.idle(), config.trackingBaseUrl(), screen -> rootRef[0].show(screen));
        root = new KioskRoot(flow, queues, config.locale(), config.landscape(), speaker, clock);
        rootRef[0] = root;
        queues.onChange(q -> Platform.runLater(root::queuesChanged));
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> flow.touched());
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> flow.touched());
        if (devices.keyboardScanner()) {
            KeyboardWedgeBuffer wedge = new KeyboardWedgeBuffer(30, 6, scans());
            root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                if (!e.getCharacter().isEmpty() && wedge.key(e.getCharacter().charAt(0), System.currentTimeMillis())) {
                    e.consume();
                }
            });
        } else {
            devices.scanner().start(scans());
        }
        watcher = new IdCardWatcher(devices.reader(), Duration.ofMillis(300), new IdCardWatcher.Listener() {
            @Override
            public void cardRead(IdCard card) {
                Platform.runLater(() -> flow.cardRead(card));
            }

            @Override
            public void cardRejected(String reason) {
                Platform.runLater(() -> flow.cardRejected(reason));
            }

            @Override
            public void readerFault(String fault) {
                health.report("idcard-reader", fault.isEmpty() ? "OK" : "FAULT", fault.isEmpty() ? "正常" : fault);
            }
        });
        health.report("idcard-reader", "OK", "正常");
        scheduler.scheduleWithFixedDelay(this::probe, 0, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> root.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        flow.start();
        root.tick();
        return root;
    }

    private ScanListener scans() {
        return new ScanListener() {
            @Override
            public void scanned(String code) {
                Platform.runLater(() -> flow.codeScanned(code));
            }

            @Override
            public void rejected(String reason) {
                log.warn("Scanner: {}", reason);
            }
        };
    }

    /** Server reachable? Paper? Scanner? Every two seconds, off the FX thread. */
    private void probe() {
        boolean reachable;
        try {
            server.hall();
            reachable = true;
        } catch (HallApiException e) {
            reachable = e.status() > 0 && e.status() < 500;
        } catch (RuntimeException e) {
            reachable = false;
        }
        boolean now = reachable;
        Platform.runLater(() -> flow.serverReachable(now));
        PaperStatus paper = devices.printer().status();
        health.report("printer", paper.healthState(), paper.words());
        String scannerFault = devices.scanner() == null ? "" : devices.scanner().fault();
        health.report("scanner", scannerFault.isEmpty() ? "OK" : "FAULT", scannerFault.isEmpty() ? "正常" : scannerFault);
    }

    public KioskFlow flow() {
        return flow;
    }

    public KioskRoot root() {
        return root;
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
        if (ticker != null) {
            ticker.stop();
        }
        scheduler.shutdownNow();
        background.shutdownNow();
        if (watcher != null) {
            watcher.close();
        } else {
            devices.reader().close();
        }
        devices.close();
        mqtt.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
