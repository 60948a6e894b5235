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
import org.onewindow.protocol.rest.HallView;

/** Printing an item's materials checklist: area, item, printed (or shown when it could not be). */
final class TerminalChecklistViews {

    private TerminalChecklistViews() {
    }

    static Node of(TerminalScreen screen, Texts t, TerminalFlow flow) {
        if (screen instanceof TerminalScreen.ChecklistArea s) {
            List<Node> rows = new ArrayList<>();
            for (HallView.Area a : s.areas()) {
                rows.add(TerminalViews.choice("checklist-area-" + a.id(), t.english() ? a.nameEn() : a.name(),
                        () -> flow.checklist().chooseItem(a.id())));
            }
            return TerminalViews.list(t.get("checklist.title"), rows.toArray(Node[]::new));
        } else if (screen instanceof TerminalScreen.ChecklistItems s) {
            List<Node> rows = new ArrayList<>();
            for (HallView.Item i : s.items()) {
                rows.add(TerminalViews.choice("checklist-item-" + i.code(), i.name(), () -> flow.checklist().print(i.code())));
            }
            String area = t.english() ? s.area().nameEn() : s.area().name();
            return TerminalViews.list(t.get("checklist.items", area), rows.toArray(Node[]::new));
        }
        TerminalScreen.ChecklistPrinted s = (TerminalScreen.ChecklistPrinted) screen;
        VBox box = TerminalViews.screen();
        box.getChildren().add(Ui.label(s.item().name(), "title"));
        if (s.printed()) {
            Label take = Ui.label(t.get("checklist.printed"), "banner-ok");
            take.setId("checklist-printed");
            box.getChildren().add(take);
        } else {
            Label problem = Ui.label(t.get("checklist.not-printed", s.printerProblem()), "banner-alert");
            problem.setId("checklist-not-printed");
            box.getChildren().add(problem);
        }
        VBox materials = new VBox(8);
        materials.setId("checklist-materials");
        for (int n = 0; n < s.item().materials().size(); n++) {
            HallView.Material m = s.item().materials().get(n);
            materials.getChildren().add(Ui.label((n + 1) + ". " + m.name(), "material"));
        }
        box.getChildren().add(materials);
        return box;
    }
}
