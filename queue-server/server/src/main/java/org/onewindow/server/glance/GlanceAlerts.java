package org.onewindow.server.glance;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.protocol.rest.FollowUpView;
import org.onewindow.server.cases.CaseService;

/**
 * What needs a manager now, from what the features report, in the order a manager would take it
 * on: citizens waiting with no window (or too long), then devices out of order, then bad ratings
 * nobody has called back yet, then cases past their promised date. Each links to the console page
 * where it is handled. An area waits too long from the oldest wait at which the tidal rules advise
 * a window, so the glance and the advice never disagree.
 */
final class GlanceAlerts {

    static final String TIDAL = "/console/manager.html#tidal";
    static final String DEVICES = "/console/manager.html#devices";
    static final String RATINGS = "/console/manager.html#ratings";
    static final String CASES = "/console/manager.html#cases";

    private GlanceAlerts() {
    }

    static List<HallGlance.Alert> of(List<HallGlance.AreaBar> areas, List<DeviceAlert> faults, List<FollowUpView> followUps,
                                     List<CaseService.Supervision> supervision) {
        List<HallGlance.Alert> alerts = new ArrayList<>();
        for (HallGlance.AreaBar a : areas) {
            if (a.waiting() > 0 && a.openWindows() == 0) {
                alerts.add(new HallGlance.Alert("NO_WINDOW", a.name(), Integer.toString(a.waiting()), null, TIDAL));
            } else if (a.waiting() > 0 && a.oldestWaitSeconds() >= a.oldestWaitThresholdSeconds()) {
                alerts.add(new HallGlance.Alert("LONG_WAIT", a.name(), Long.toString(a.oldestWaitSeconds()), null, TIDAL));
            }
        }
        for (DeviceAlert d : faults) {
            // One a manager has acknowledged is being seen to: it stays on the devices tab only.
            if (d.acknowledgedBy().isEmpty()) {
                alerts.add(new HallGlance.Alert("DEVICE_FAULT", d.deviceId(), d.code().isEmpty() ? d.part() : d.code(),
                        d.since(), DEVICES));
            }
        }
        for (FollowUpView f : followUps) {
            if ("OPEN".equals(f.status())) {
                alerts.add(new HallGlance.Alert("BAD_RATING", f.rating().ticketNumber(), f.rating().level(), f.rating().at(),
                        RATINGS));
            }
        }
        for (CaseService.Supervision s : supervision) {
            // Due soon is the cases tab's business; past due is a manager's now.
            if (!"DUE_SOON".equals(s.reason())) {
                alerts.add(new HallGlance.Alert("OVERDUE_CASE", s.c().caseNo(), s.c().itemName(), null, CASES));
            }
        }
        return List.copyOf(alerts);
    }
}
