package org.onewindow.server.glance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.protocol.rest.FollowUpView;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.cases.CaseService;

/** What the glance raises, from what the features report: the thresholds are the tidal rules'. */
class GlanceAlertsTest {

    private static final Instant AT = Instant.parse("2026-12-02T02:30:00Z");

    private static HallGlance.AreaBar area(String name, int waiting, int open, long oldestSeconds) {
        return new HallGlance.AreaBar(name, name, waiting, open, oldestSeconds, null, 25, 40 * 60);
    }

    @Test
    void anAreaWaitsTooLongFromTheOldestWaitAtWhichATidalWindowIsAdvisedAndWithNoWindowThatComesFirst() {
        List<HallGlance.Alert> alerts = GlanceAlerts.of(List.of(
                area("estate", 3, 2, 40 * 60), area("social", 3, 2, 40 * 60 - 1), area("tax", 1, 0, 10),
                area("fund", 0, 0, 0)), List.of(), List.of(), List.of());
        assertThat(alerts).extracting(HallGlance.Alert::kind, HallGlance.Alert::subject, HallGlance.Alert::detail)
                .containsExactly(Tuple.tuple("LONG_WAIT", "estate", "2400"),
                        Tuple.tuple("NO_WINDOW", "tax", "1"));
        assertThat(alerts).allSatisfy(a -> assertThat(a.link()).isEqualTo(GlanceAlerts.TIDAL));
    }

    @Test
    void aFaultSomeoneAcknowledgedABadRatingCalledBackAndACaseDueSoonAreNotRaised() {
        DeviceAlert open = new DeviceAlert("f1", "kiosk-7", "KIOSK", "idcard-reader", "READER_NO_ANSWER", "", AT, "", null);
        DeviceAlert seen = new DeviceAlert("f2", "kiosk-8", "KIOSK", "printer", "", "", AT, "manager", AT);
        FollowUpView fresh = followUp("A012", "OPEN");
        FollowUpView calledBack = followUp("A013", "CALLED_BACK");
        List<HallGlance.Alert> alerts = GlanceAlerts.of(List.of(), List.of(open, seen), List.of(fresh, calledBack),
                List.of(supervision("C1", "OVERDUE"), supervision("C2", "DUE_SOON"), supervision("C3", "MATERIALS_OVERDUE")));
        assertThat(alerts).extracting(HallGlance.Alert::kind, HallGlance.Alert::subject, HallGlance.Alert::link)
                .containsExactly(
                        Tuple.tuple("DEVICE_FAULT", "kiosk-7", GlanceAlerts.DEVICES),
                        Tuple.tuple("BAD_RATING", "A012", GlanceAlerts.RATINGS),
                        Tuple.tuple("OVERDUE_CASE", "C1", GlanceAlerts.CASES),
                        Tuple.tuple("OVERDUE_CASE", "C3", GlanceAlerts.CASES));
        assertThat(alerts.get(0).detail()).isEqualTo("READER_NO_ANSWER");
        assertThat(alerts.get(1).detail()).isEqualTo("DISSATISFIED");
    }

    private static FollowUpView followUp(String number, String status) {
        RatingView rating = new RatingView("t-" + number, number, "6", "clerk04", "market", "DISSATISFIED",
                List.of("LONG_WAIT"), "", "EVALUATOR", AT);
        return new FollowUpView("t-" + number, rating, LocalDate.of(2026, 12, 23), status, "", "", null, "", "", null, false);
    }

    private static CaseService.Supervision supervision(String caseNo, String reason) {
        CaseView c = new CaseView(caseNo, "linxia", "t", "B001", "BDC01", "不动产首次登记", "州国土局", "estate", "赵*",
                "ACCEPTED", List.of(), null, false, LocalDate.of(2026, 11, 30), "IN_REVIEW", "", "", List.of(), AT);
        return new CaseService.Supervision(c, reason, LocalDate.of(2026, 11, 30));
    }
}
