package org.onewindow.kiosk.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * Rendered kiosks against one real queue server (embedded Redis and broker) started for the test
 * class: each test starts its kiosk into {@link #k}, which is closed after it.
 */
public abstract class KioskAgainstServer {

    @TempDir
    static Path serverDir;
    protected static DemoHallServer server;

    @TempDir
    protected Path dir;
    protected KioskUnderTest k;

    @BeforeAll
    static void startServer() throws Exception {
        server = KioskHallServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    protected void stopKiosk() throws Exception {
        if (k != null) {
            k.close();
            k = null;
        }
    }
}
