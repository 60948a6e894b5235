package org.onewindow.server.state;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/** The scrolling notice a manager sets for the hall's boards. */
@Component
public class NoticeBoard {

    static final int MAX_LENGTH = 500;

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final Clock clock;

    public NoticeBoard(HallDirectory halls, LuaScripts scripts, Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.clock = clock;
    }

    public void set(String hallId, String text, String actor) {
        halls.get(hallId);
        String notice = text == null ? "" : text.strip();
        if (notice.length() > MAX_LENGTH) {
            throw new InvalidFieldException("text", "is longer than " + MAX_LENGTH + " characters");
        }
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("set_notice", List.of(keys.notice(), keys.version(), keys.events()),
                List.of(notice, actor, Long.toString(clock.millis())));
    }
}
