package org.onewindow.server.tidal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

import redis.clients.jedis.UnifiedJedis;

/**
 * Opens and closes tidal windows. While open, a tidal window calls from its areas like any of
 * their windows; every opening and closing is kept in the hall's audit list with who and why.
 */
@Service
public class TidalService {

    static final int AUDIT_KEPT = 5000;
    static final int MAX_REASON = 200;

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final CallingService calling;
    private final UnifiedJedis redis;
    private final Clock clock;

    public TidalService(HallDirectory halls, LuaScripts scripts, CallingService calling, UnifiedJedis redis, Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.calling = calling;
        this.redis = redis;
        this.clock = clock;
    }

    /** Opens (or re-targets) a tidal window for the given areas. */
    public WindowView open(String hallId, String windowNo, List<String> areaIds, String actor, String reason, boolean auto) {
        Hall hall = halls.get(hallId);
        checkReason(reason, auto);
        tidalWindow(hall, windowNo);
        if (areaIds == null || areaIds.isEmpty()) {
            throw new InvalidFieldException("areaIds", "name at least one area");
        }
        for (String area : areaIds) {
            hall.area(area).orElseThrow(() -> new NotFoundException("area", area));
        }
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("tidal_open", List.of(keys.windows(), keys.tidalAudit(), keys.version(), keys.events()),
                List.of(windowNo, actor, Long.toString(clock.millis()), String.join(",", new LinkedHashSet<>(areaIds)),
                        reason == null ? "" : reason.strip(), auto ? "AUTO" : "MANUAL", Integer.toString(AUDIT_KEPT)));
        return calling.window(hallId, windowNo);
    }

    public WindowView close(String hallId, String windowNo, String actor, String reason, boolean auto) {
        Hall hall = halls.get(hallId);
        checkReason(reason, auto);
        tidalWindow(hall, windowNo);
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("tidal_close", List.of(keys.windows(), keys.tidalAudit(), keys.version(), keys.events()),
                List.of(windowNo, actor, Long.toString(clock.millis()), reason == null ? "" : reason.strip(),
                        auto ? "AUTO" : "MANUAL", Integer.toString(AUDIT_KEPT)));
        return calling.window(hallId, windowNo);
    }

    /** A manager's reason is kept in the audit; the server's own reasons are short texts it makes. */
    private static void checkReason(String reason, boolean auto) {
        if (!auto && reason != null && reason.strip().length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "at most " + MAX_REASON + " characters");
        }
    }

    /** Whether the server opens and closes tidal windows itself: as switched at run time, else as configured. */
    public boolean autoMode(String hallId) {
        Hall hall = halls.get(hallId);
        String switched = redis.hget(HallKeys.of(hallId).tidalSettings(), "autoMode");
        return switched == null ? hall.tidal().autoMode() : Boolean.parseBoolean(switched);
    }

    /** Switches auto mode on or off for the hall, and records who did it in the tidal audit list. */
    public void setAutoMode(String hallId, boolean on, String actor) {
        halls.get(hallId);
        HallKeys keys = HallKeys.of(hallId);
        TidalAuditRecord record = new TidalAuditRecord(clock.millis(), "", on ? "AUTO_ON" : "AUTO_OFF", "", actor,
                on ? "自动模式开启" : "自动模式关闭", "MANUAL");
        scripts.run("tidal_auto_mode", List.of(keys.tidalSettings(), keys.tidalAudit()),
                List.of(Boolean.toString(on), JsonCodec.toJson(record), Integer.toString(AUDIT_KEPT)));
    }

    /** The newest openings and closings first. */
    public List<TidalAuditRecord> audit(String hallId, int limit) {
        halls.get(hallId);
        List<TidalAuditRecord> records = new ArrayList<>();
        redis.lrange(HallKeys.of(hallId).tidalAudit(), 0, Math.max(1, Math.min(limit, AUDIT_KEPT)) - 1L)
                .forEach(json -> records.add(JsonCodec.fromJson(json, TidalAuditRecord.class)));
        return records;
    }

    /** The hall's tidal windows with their live state. */
    public List<WindowView> windows(String hallId) {
        Hall hall = halls.get(hallId);
        return hall.tidalWindows().stream().map(w -> calling.window(hallId, w.no())).toList();
    }

    private static HallWindow tidalWindow(Hall hall, String windowNo) {
        HallWindow window = hall.window(windowNo).orElseThrow(() -> new NotFoundException("window", windowNo));
        if (!window.isTidal()) {
            throw new InvalidFieldException("windowNo", "window " + windowNo + " is a " + window.kind()
                    + " window, not a tidal one");
        }
        return window;
    }
}
