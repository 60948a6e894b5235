package org.onewindow.server.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.interception.AbstractInterceptHandler;

/** Writes the embedded broker's failures in its session loops to the server's log. */
final class SessionLoopErrors extends AbstractInterceptHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionLoopErrors.class);

    @Override
    public String getID() {
        return "onewindow-session-loop-errors";
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        log.warn("Embedded broker session loop failed: {}", error.toString());
    }
}
