package org.onewindow.server.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;

import org.onewindow.server.error.LogSafe;

/**
 * Moquette 0.18.3 checks a client's publications against its grants but not its last-will, which
 * the broker publishes for the client when it goes; nor can a will be taken back once the client
 * is connected (putting the client off publishes it). So a device leaving a will outside its grants
 * is logged as what it is, an attack or a broken device, for the hall's staff to act on;
 * Mosquitto refuses such a connection (docs/security.md).
 */
final class ForbiddenWills extends AbstractInterceptHandler {

    private static final Logger log = LoggerFactory.getLogger(ForbiddenWills.class);

    private final BrokerAccess access;

    ForbiddenWills(BrokerAccess access) {
        this.access = access;
    }

    @Override
    public String getID() {
        return "onewindow-forbidden-wills";
    }

    @Override
    public void onConnect(InterceptConnectMessage connect) {
        if (connect.isWillFlag() && !access.mayLeaveWill(connect.getUsername(), connect.getWillTopic())) {
            log.error("MQTT client {} left a last-will on {}, which it may not publish on: check the device",
                    LogSafe.of(connect.getUsername()), LogSafe.of(connect.getWillTopic()));
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        log.warn("Embedded broker session loop failed: {}", error.toString());
    }
}
