package org.onewindow.server.live;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.server.queue.QueueReader;

/**
 * Opens a console's live stream with the hall's version as it is now, so the page knows which
 * state its first fetch must be at least as new as.
 */
@Component
class LiveStreamDoor {

    private final LiveStreams streams;
    private final QueueReader reader;

    LiveStreamDoor(LiveStreams streams, QueueReader reader) {
        this.streams = streams;
        this.reader = reader;
    }

    SseEmitter open(String hallId) {
        return streams.open(hallId, reader.version(hallId));
    }
}
