package org.onewindow.server.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;

/**
 * {@code GET /api/halls/{hall}/live}: server-sent events for the consoles. {@code hello} on
 * connecting (with the hall's seq), {@code hall} after every change (seq, type, window), {@code
 * tidal} when the tidal advice changes; other names say what else to fetch again.
 */
@RestController
@RequestMapping("/api/halls/{hall}")
class LiveController {

    private final LiveStreams streams;
    private final HallDirectory halls;
    private final QueueReader reader;

    LiveController(LiveStreams streams, HallDirectory halls, QueueReader reader) {
        this.streams = streams;
        this.halls = halls;
        this.reader = reader;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable("hall") String hall) {
        halls.get(hall);
        return streams.open(hall, reader.version(hall));
    }
}
