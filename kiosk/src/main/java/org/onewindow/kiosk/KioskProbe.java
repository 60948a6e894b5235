package org.onewindow.kiosk;

import java.util.function.Consumer;

import org.onewindow.kiosk.device.KioskDevices;
import org.onewindow.kiosk.device.locker.LockerException;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.server.DeviceHealthReporter;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.mqtt.MqttGateway;

/**
 * What the kiosk checks every two seconds, off the UI thread: the queue server (for the queue
 * kiosk), the broker (for the terminal), paper, scanner and, every 30 s, the lock board. Parts are
 * reported as device health; reachability goes to whichever flows exist.
 */
final class KioskProbe implements Runnable {

    /** The lock board is asked whether it is there every 15th probe (30 s): the line is shared with pickups. */
    private static final int LOCKER_EVERY = 15;

    private final HallRestClient server;
    private final MqttGateway mqtt;
    private final KioskDevices devices;
    private final DeviceHealthReporter health;
    private final Consumer<Boolean> serverReachable;
    private final Consumer<Boolean> brokerConnected;
    private long probes;

    /**
     * @param serverReachable told whether the queue server answers; null when no flow needs it
     * @param brokerConnected told whether the broker is connected; null when no flow needs it
     */
    KioskProbe(HallRestClient server, MqttGateway mqtt, KioskDevices devices, DeviceHealthReporter health,
               Consumer<Boolean> serverReachable, Consumer<Boolean> brokerConnected) {
        this.server = server;
        this.mqtt = mqtt;
        this.devices = devices;
        this.health = health;
        this.serverReachable = serverReachable;
        this.brokerConnected = brokerConnected;
    }

    @Override
    public void run() {
        if (serverReachable != null) {
            serverReachable.accept(serverAnswers());
        }
        if (brokerConnected != null) {
            brokerConnected.accept(mqtt.isConnected());
        }
        if (devices.locker() != null && probes++ % LOCKER_EVERY == 0) {
            lockBoard();
        }
        PaperStatus paper = devices.printer().status();
        health.report("printer", paper.healthState(), paper.words());
        String scannerFault = devices.scanner() == null ? "" : devices.scanner().fault();
        health.report("scanner", scannerFault.isEmpty() ? "OK" : "FAULT", scannerFault.isEmpty() ? "正常" : scannerFault);
    }

    /** A refusal (4xx) still means the server is there; no answer or a 5xx means it is not. */
    private boolean serverAnswers() {
        try {
            server.hall();
            return true;
        } catch (HallApiException e) {
            return e.status() > 0 && e.status() < 500;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Is the lock board on the line? A status question for slot 1 changes nothing. */
    private void lockBoard() {
        try {
            devices.locker().state(1);
            health.report("locker", "OK", "正常");
        } catch (LockerException e) {
            health.report("locker", "FAULT", "取件柜无应答（" + e.reason() + "）");
        }
    }
}
