package org.onewindow.server.calling;

import java.time.Clock;

import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.redis.HallKeys;

/** A window of a hall on its business day, with the hall's keys: what every window script needs. */
record WindowPlace(Hall hall, HallWindow window, HallKeys keys, String day) {

    static WindowPlace of(HallDirectory halls, Clock clock, String hallId, String windowNo) {
        Hall hall = halls.get(hallId);
        HallWindow window = hall.window(windowNo).orElseThrow(() -> new NotFoundException("window", windowNo));
        return new WindowPlace(hall, window, HallKeys.of(hallId), BusinessDay.today(clock, hall.timeZone()));
    }

    /** "1" when the hall's calls are silent: the manager's switch, or else the hall file's default. */
    static String hallSilentArg(QueueReader reader, Hall hall) {
        return reader.hallSilence(hall.id()).orElse(hall.silentCalls()) ? "1" : "0";
    }
}
