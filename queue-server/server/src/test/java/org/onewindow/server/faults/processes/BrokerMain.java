package org.onewindow.server.faults.processes;

import java.nio.file.Files;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;

/**
 * A hall's broker in its own JVM, so it can be killed: Moquette as the server embeds it, without
 * persistence (a restarted broker comes back empty). Argument: the port on 127.0.0.1.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, args[0]);
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1024 * 1024));
        p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, Files.createTempDirectory("fault-broker").toString());
        Server server = new Server();
        server.startServer(new MemoryConfig(p));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopServer));
        System.out.println("broker listening on 127.0.0.1:" + args[0]);
        new CountDownLatch(1).await();
    }
}
