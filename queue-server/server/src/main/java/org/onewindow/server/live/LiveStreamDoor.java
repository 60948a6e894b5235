package org.onewindow.server.live;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.server.accounts.AccountDirectory;
import org.onewindow.server.queue.QueueReader;

/**
 * Opens a console's live stream with the hall's version as it is now, so the page knows which
 * state its first fetch must be at least as new as. Ends the streams of an account disabled or
 * given a new password here: an open stream is a request the session filter will not see again.
 */
@Component
class LiveStreamDoor {

    private final LiveStreams streams;
    private final QueueReader reader;

    LiveStreamDoor(LiveStreams streams, QueueReader reader, AccountDirectory accounts) {
        this.streams = streams;
        this.reader = reader;
        accounts.onAccessWithdrawn(streams::endStreamsOf);
    }

    SseEmitter open(String hallId, String username) {
        return streams.open(hallId, username, reader.version(hallId));
    }
}
