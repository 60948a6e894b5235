package org.onewindow.server.security;

import org.springframework.stereotype.Component;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;

/** The window a clerk is signed in at, in any hall, so a reloaded console goes straight back to it. */
@Component
class StaffWindows {

    private final HallDirectory halls;
    private final QueueReader reader;

    StaffWindows(HallDirectory halls, QueueReader reader) {
        this.halls = halls;
        this.reader = reader;
    }

    /** The window's number, or empty when the clerk holds none. */
    String windowOf(String username) {
        for (Hall hall : halls.all()) {
            for (var entry : reader.windows(hall.id()).entrySet()) {
                if (username.equals(entry.getValue().clerk()) && !"CLOSED".equals(entry.getValue().status())) {
                    return entry.getKey();
                }
            }
        }
        return "";
    }
}
