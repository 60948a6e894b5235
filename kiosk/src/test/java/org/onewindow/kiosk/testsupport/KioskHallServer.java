package org.onewindow.kiosk.testsupport;

import java.nio.file.Path;
import java.util.Arrays;

import org.onewindow.server.testsupport.DemoHallServer;
import org.onewindow.server.testsupport.ShiftedClock;

/**
 * The demo hall's queue server as the kiosk's tests need it: its embedded Redis and broker, the
 * demo's appointment codes written beside the data, and identity look-up limits lifted (the flows'
 * tests swipe the same sample cards all day long; the limits have tests of their own).
 */
public final class KioskHallServer {

    private KioskHallServer() {
    }

    public static DemoHallServer start(Path dataDir) {
        return DemoHallServer.withEmbeddedBroker(dataDir, settings(dataDir));
    }

    /** The same server with the demo hall open whenever the test runs: its clock is 10:00 of the next working day. */
    public static DemoHallServer startOpen(Path dataDir) {
        return DemoHallServer.withEmbeddedBrokerAt(ShiftedClock.demoHallOpen(), dataDir, settings(dataDir));
    }

    /** The same server on a Redis the test started itself (and can disturb) on 127.0.0.1:{@code redisPort}. */
    public static DemoHallServer startOnRedis(Path dataDir, int redisPort) {
        String[] kiosk = settings(dataDir);
        String[] all = Arrays.copyOf(kiosk, kiosk.length + 3);
        all[kiosk.length] = "onewindow.redis.embedded=false";
        all[kiosk.length + 1] = "onewindow.redis.host=127.0.0.1";
        all[kiosk.length + 2] = "onewindow.redis.port=" + redisPort;
        return DemoHallServer.withEmbeddedBroker(dataDir, all);
    }

    private static String[] settings(Path dataDir) {
        return new String[] {
            "onewindow.demo.appointment-codes-file=" + dataDir.resolve("appointment-codes.txt"),
            "onewindow.terminal.lookups-per-device-minute=100000",
            "onewindow.terminal.lookups-per-person-minute=100000"};
    }
}
