package org.onewindow.server.calling;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.SilenceSetting;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * The hall's 无声叫号 switch: the hall file's {@code silent-calls} until a manager sets it. A call
 * is silent when its hall's switch or its window's is on; the call scripts read both.
 */
@Service
public class HallSilence {

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final QueueReader reader;
    private final Clock clock;

    public HallSilence(HallDirectory halls, LuaScripts scripts, QueueReader reader, Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.reader = reader;
        this.clock = clock;
    }

    public SilenceSetting get(String hallId) {
        Hall hall = halls.get(hallId);
        return new SilenceSetting("1".equals(WindowPlace.hallSilentArg(reader, hall)));
    }

    public SilenceSetting set(String hallId, String actor, SilenceSetting setting) {
        if (setting == null || setting.silent() == null) {
            throw new InvalidFieldException("silent", "give true or false");
        }
        halls.get(hallId);
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("set_hall_silent", List.of(keys.silence(), keys.version(), keys.events()),
                List.of(actor, Long.toString(clock.millis()), setting.silent() ? "1" : "0"));
        return get(hallId);
    }
}
