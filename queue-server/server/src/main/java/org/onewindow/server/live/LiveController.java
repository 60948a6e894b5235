package org.onewindow.server.live;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.server.hall.HallDirectory;

/**
 * {@code GET /api/halls/{hall}/live}: server-sent events for the consoles. {@code hello} on
 * connecting (with the hall's seq), {@code hall} after every change (seq, type, window), {@code
 * tidal} when the tidal advice changes; other names say what else to fetch again.
 */
@RestController
@RequestMapping("/api/halls/{hall}")
class LiveController {

    private final LiveStreamDoor door;
    private final HallDirectory halls;

    LiveController(LiveStreamDoor door, HallDirectory halls) {
        this.door = door;
        this.halls = halls;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable("hall") String hall, Principal who) {
        halls.get(hall);
        return door.open(hall, who.getName());
    }
}
