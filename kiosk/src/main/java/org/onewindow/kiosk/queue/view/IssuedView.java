package org.onewindow.kiosk.queue.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.NumberKeypad;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.ui.Columns;
import org.onewindow.kiosk.ui.QrImage;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.message.NoWindowOpen;
import org.onewindow.protocol.rest.TicketView;

/** The ticket: printed, or shown in full with its QR code when it could not be printed. */
final class IssuedView {

    private static final double HALF_WIDTH = 800;

    private IssuedView() {
    }

    static Node of(Screen.Issued s, Texts t, KioskFlow flow) {
        TicketView ticket = s.ticket();
        VBox box = new VBox(16);
        VBox more = new VBox(16);
        String heading = s.existing() ? t.get("issued.existing") : s.appointment() ? t.get("issued.appointment")
                : t.get("issued.title");
        box.getChildren().add(Ui.label(heading, "title"));
        Label number = Ui.label(ticket.number(), "ticket-number");
        number.setId("ticket-number");
        box.getChildren().add(number);
        if ("PENDING".equals(ticket.greenChannel())) {
            box.getChildren().add(Ui.label(t.get("issued.green.pending"), "green-badge"));
        } else if ("GREEN".equals(ticket.priority())) {
            Label green = Ui.label(t.get("issued.green"), "green-badge");
            green.setId("green-badge");
            box.getChildren().add(green);
        }
        box.getChildren().add(Ui.label(t.get("issued.area", ticket.areaName()), "line"));
        box.getChildren().add(Ui.label(t.get("issued.windows", s.printout().windows()), "line"));
        Long minutes = s.printout().waitMinutes();
        Label ahead = Ui.label(minutes == null
                ? t.get("issued.ahead.no-window", ticket.peopleAhead(), NoWindowOpen.words(t.english()))
                : t.get("issued.ahead", ticket.peopleAhead(), minutes), "line");
        ahead.setId("people-ahead");
        box.getChildren().add(ahead);
        if (!s.printout().materials().isEmpty()) {
            VBox materials = new VBox(6, Ui.label(t.get("issued.materials"), "line-strong"));
            materials.setId("materials");
            for (int i = 0; i < s.printout().materials().size(); i++) {
                materials.getChildren().add(Ui.label((i + 1) + ". " + s.printout().materials().get(i), "material"));
            }
            more.getChildren().add(materials);
        }
        // 到号短信提醒 beside what the citizen does next (take the ticket, or print it again), so it costs
        // the screen no extra row where there is room.
        Button text = NumberKeypad.canLeaveNumber(s)
                ? Ui.button("leave-number", t.get("number.open"), flow.keypad()::open, "secondary") : null;
        if (s.printed()) {
            Label take = Ui.label(t.get("issued.take"), "banner-ok");
            take.setId("take-ticket");
            // Beside the banner when nothing else is shown, else under what to bring (the roomier column).
            boolean alone = more.getChildren().isEmpty() && !s.existing();
            box.getChildren().add(row(take, alone ? text : null));
            if (!alone && !s.existing() && text != null) {
                more.getChildren().add(text);
            }
        } else {
            if (!s.printerProblem().isEmpty()) {
                Label problem = Ui.label(t.get("issued.not-printed", s.printerProblem()), "banner-alert");
                problem.setId("not-printed");
                box.getChildren().add(problem);
            }
            ImageView qr = new ImageView(QrImage.of(s.printout().qrPayload(), 260));
            qr.setId("ticket-qr");
            HBox row = new HBox(20, qr, Ui.label(t.get("issued.qr"), "hint"));
            row.setAlignment(Pos.CENTER_LEFT);
            more.getChildren().add(row);
        }
        if (s.existing() || !s.printed()) {
            more.getChildren().add(row(Ui.button("reprint", t.get("issued.reprint"), flow::reprint, "secondary"), text));
        }
        // The number and the queue on the left, what to bring and the QR code on the right, when the screen is wide.
        Columns halves = more.getChildren().isEmpty() ? new Columns(HALF_WIDTH, 1, 40, box)
                : new Columns(HALF_WIDTH, 2, 40, box, more);
        halves.getStyleClass().add("screen");
        return halves;
    }

    /** {@code first} and, when there is one, {@code second} side by side, or one above the other where narrow. */
    private static Node row(Node first, Node second) {
        if (second == null) {
            return first;
        }
        FlowPane row = new FlowPane(24, 16, first, second);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
