package org.onewindow.kiosk.terminal.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.rest.CaseView;

/** A person's cases, and collecting a result from the locker. */
final class TerminalCaseViews {

    private TerminalCaseViews() {
    }

    static Node of(TerminalScreen screen, Texts t, TerminalFlow flow) {
        if (screen instanceof TerminalScreen.Cases s) {
            return cases(s, t, flow);
        } else if (screen instanceof TerminalScreen.Collect s) {
            List<Node> rows = new ArrayList<>();
            for (CaseView c : s.ready()) {
                rows.add(TerminalViews.choice("collect-" + c.caseNo(), title(c, t, flow) + "\n"
                        + t.get("collect.slot", c.pickupPlace()),
                        () -> flow.collection().collect(c.caseNo())));
            }
            return TerminalViews.list(t.get("collect.title"), rows.toArray(Node[]::new));
        } else if (screen instanceof TerminalScreen.LockerOpen s) {
            VBox box = TerminalViews.screen("message");
            Label open = Ui.label(t.get("locker.open.title", s.slot()), "ticket-number-small");
            open.setId("locker-open");
            box.getChildren().addAll(open, Ui.label(t.get("locker.open.hint"), "notice"),
                    Ui.label(title(s.result(), t, flow), "line"));
            return box;
        } else if (screen instanceof TerminalScreen.Collected s) {
            VBox box = TerminalViews.screen("message");
            Label done = Ui.label(t.get("collected.title"), "banner-ok");
            done.setId("collected");
            box.getChildren().addAll(done, Ui.label(t.get("collected.text", title(s.result(), t, flow)), "line"));
            if (!s.recorded()) {
                box.getChildren().add(Ui.label(t.get("collected.pending"), "hint"));
            }
            return box;
        }
        throw new IllegalArgumentException("no view for " + screen);
    }

    /** The item's name; for a case accepted without one, its area. */
    static String title(CaseView c, Texts t, TerminalFlow flow) {
        if (!c.itemName().isBlank()) {
            return c.itemName();
        }
        return flow.hall().areas().stream().filter(a -> a.id().equals(c.areaId())).findFirst()
                .map(a -> t.english() ? a.nameEn() : a.name()).orElse(c.department());
    }

    private static Node cases(TerminalScreen.Cases s, Texts t, TerminalFlow flow) {
        if (s.cases().isEmpty()) {
            Label none = Ui.label(t.get("cases.none"), "notice");
            none.setId("cases-none");
            VBox box = TerminalViews.screen("message");
            box.getChildren().add(none);
            return box;
        }
        List<Node> rows = new ArrayList<>();
        for (CaseView c : s.cases()) {
            VBox card = new VBox(8);
            card.getStyleClass().add("case-card");
            card.setId("case-" + c.caseNo());
            Label status = Ui.label(t.get("status." + c.status()), "case-status", "status-" + c.status());
            status.setId("case-status-" + c.caseNo());
            card.getChildren().addAll(Ui.label(title(c, t, flow), "line-strong"), status,
                    Ui.label(c.caseNo() + " · " + c.department(), "hint"));
            if (c.promisedDate() != null && !"DELIVERED".equals(c.status()) && !"READY".equals(c.status())) {
                card.getChildren().add(Ui.label(t.get("cases.promised", c.promisedDate()), "material"));
            }
            if (c.owedBy() != null && !c.owedReceived()) {
                card.getChildren().add(Ui.label(t.get("cases.owed", c.owedBy()), "material", "warning"));
            }
            if ("READY".equals(c.status()) && !c.pickupMethod().isEmpty()) {
                card.getChildren().add(Ui.label(t.get("cases.pickup." + c.pickupMethod(), c.pickupPlace()), "material"));
            }
            rows.add(card);
        }
        return TerminalViews.list(t.get("cases.title"), rows.toArray(Node[]::new));
    }
}
