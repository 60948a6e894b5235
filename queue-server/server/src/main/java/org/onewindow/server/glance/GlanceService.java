package org.onewindow.server.glance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.device.DeviceAlerts;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.hall.TidalRules;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.state.HallStateQuery;

/**
 * Reads the hall for the glance screen from what each feature already keeps: windows from calling,
 * queues from the hall's state, faults from the devices, bad ratings from the follow-ups, overdue
 * cases from supervision ({@link GlanceAlerts}). The thresholds an area is measured against are
 * the hall's tidal rules, so the screen turns red where the server would advise a tidal window.
 */
@Service
class GlanceService {

    private final HallDirectory halls;
    private final CallingService calling;
    private final HallStateQuery state;
    private final DeviceAlerts devices;
    private final RatingService ratings;
    private final CaseService cases;
    private final Clock clock;

    GlanceService(HallDirectory halls, CallingService calling, HallStateQuery state, DeviceAlerts devices,
                  RatingService ratings, CaseService cases, Clock clock) {
        this.halls = halls;
        this.calling = calling;
        this.state = state;
        this.devices = devices;
        this.ratings = ratings;
        this.cases = cases;
        this.clock = clock;
    }

    HallGlance glance(String hallId) {
        Hall hall = halls.get(hallId);
        TidalRules rules = hall.tidal();
        Map<String, WindowView> live = calling.windows(hallId).stream()
                .collect(Collectors.toMap(WindowView::windowNo, Function.identity(), (a, b) -> a));
        List<HallGlance.Tile> tiles = hall.windows().stream().map(w -> tile(w, live.get(w.no()))).toList();
        List<HallGlance.AreaBar> areas = state.areaQueues(hallId).stream().map(a -> bar(a, rules)).toList();
        List<HallGlance.Alert> alerts = GlanceAlerts.of(areas, devices.open(hallId), ratings.followUps(hallId),
                cases.supervision(hallId));
        return new HallGlance(hall.id(), hall.name(), clock.instant(), tiles, areas, alerts);
    }

    private static HallGlance.Tile tile(HallWindow config, WindowView w) {
        if (w == null) {
            return new HallGlance.Tile(config.no(), config.kind().name(), config.label(), "CLOSED", false, config.areas(),
                    "", "", null, 0);
        }
        if ("CLOSED".equals(w.status())) {
            // A tidal window opened for an area before its clerk has signed in still shows as opened.
            return new HallGlance.Tile(config.no(), config.kind().name(), config.label(), "CLOSED", w.tidalOpen(), w.areaIds(),
                    "", "", null, w.servedToday());
        }
        boolean serving = w.current() != null;
        String shown = serving ? "SERVING" : "PAUSED".equals(w.status()) ? "PAUSED" : "IDLE";
        Instant since = serving ? w.current().calledAt() : null;
        return new HallGlance.Tile(config.no(), config.kind().name(), config.label(), shown, w.tidalOpen(), w.areaIds(),
                w.clerk(), serving ? w.current().number() : "", since, w.servedToday());
    }

    private static HallGlance.AreaBar bar(AreaQueue a, TidalRules rules) {
        return new HallGlance.AreaBar(a.areaId(), a.name(), a.waiting(), a.openWindows(), a.oldestWaitSeconds(),
                a.estimatedWaitSeconds(), rules.openWhenWaitingAtLeast(), rules.openWhenOldestWaitMinutes() * 60L);
    }
}
