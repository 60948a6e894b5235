package org.onewindow.server.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.broker.Server;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;

import org.onewindow.server.error.LogSafe;

/**
 * Moquette checks a client's publications against its grants but not its last-will, which the
 * broker publishes for the client when it goes: a device could leave a will on the board or the
 * server's presence. A client whose will lies outside its grants is put off the broker with its
 * session (and the will in it) as soon as it has connected.
 */
final class ForbiddenWills extends AbstractInterceptHandler {

    private static final Logger log = LoggerFactory.getLogger(ForbiddenWills.class);

    private final BrokerAccess access;
    private volatile Server server;

    ForbiddenWills(BrokerAccess access) {
        this.access = access;
    }

    void attach(Server broker) {
        this.server = broker;
    }

    @Override
    public String getID() {
        return "onewindow-forbidden-wills";
    }

    @Override
    public void onConnect(InterceptConnectMessage connect) {
        if (connect.isWillFlag() && !access.mayLeaveWill(connect.getUsername(), connect.getWillTopic())) {
            log.warn("Put MQTT client {} off the broker: it may not leave a last-will on {}",
                    LogSafe.of(connect.getUsername()), LogSafe.of(connect.getWillTopic()));
            Server broker = server;
            if (broker != null) {
                broker.disconnectAndPurgeClientState(connect.getClientID());
            }
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        log.warn("Embedded broker session loop failed: {}", error.toString());
    }
}
