package org.onewindow.kiosk.terminal.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.ui.QrImage;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.HallView;

/** Booking an appointment: area, a free time on the next open days, the slip with its code. */
final class TerminalBookingViews {

    private TerminalBookingViews() {
    }

    static Node of(TerminalScreen screen, Texts t, TerminalFlow flow) {
        if (screen instanceof TerminalScreen.BookArea s) {
            List<Node> rows = new ArrayList<>();
            for (HallView.Area a : s.areas()) {
                rows.add(TerminalViews.choice("book-area-" + a.id(), t.english() ? a.nameEn() : a.name(),
                        () -> flow.booking().bookArea(a.id())));
            }
            return TerminalViews.list(t.get("book.title"), rows.toArray(Node[]::new));
        } else if (screen instanceof TerminalScreen.BookSlot s) {
            return slots(s, t, flow);
        } else if (screen instanceof TerminalScreen.Appointments s) {
            return appointments(s, t, flow);
        } else if (screen instanceof TerminalScreen.ConfirmCancel s) {
            VBox box = TerminalViews.screen("message");
            AppointmentView a = s.appointment();
            box.getChildren().addAll(Ui.label(t.get("appointments.confirm"), "title"), Ui.label(a.areaName(), "subtitle"),
                    Ui.label(t.get("booked.when", day(a.date(), t), a.slotStart(), a.slotEnd()), "line"),
                    Ui.button("confirm-cancel", t.get("appointments.confirm.yes"), flow.booking()::confirmCancel, "primary"),
                    Ui.button("keep-appointment", t.get("appointments.confirm.no"), flow.booking()::showAppointments, "secondary"));
            return box;
        }
        return booked((TerminalScreen.Booked) screen, t);
    }

    /** The free times, grouped by day. */
    private static Node slots(TerminalScreen.BookSlot s, Texts t, TerminalFlow flow) {
        List<Node> days = new ArrayList<>();
        String shownDay = "";
        FlowPane times = null;
        for (AppointmentSlot slot : s.slots()) {
            if (!slot.date().equals(shownDay)) {
                shownDay = slot.date();
                times = new FlowPane(16, 16);
                days.add(new VBox(12, Ui.label(day(slot.date(), t), "line-strong"), times));
            }
            times.getChildren().add(Ui.button("slot-" + slot.date() + "-" + slot.start().replace(":", ""),
                    t.get("book.slot", "", slot.start(), slot.end(), slot.free()).strip(), () -> flow.booking().bookSlot(slot), "chip"));
        }
        String area = t.english() ? s.area().nameEn() : s.area().name();
        return TerminalViews.list(t.get("book.slots", area), days.toArray(Node[]::new));
    }

    private static Node appointments(TerminalScreen.Appointments s, Texts t, TerminalFlow flow) {
        List<Node> rows = new ArrayList<>();
        for (AppointmentView a : s.appointments()) {
            VBox card = new VBox(10);
            card.getStyleClass().add("case-card");
            card.setId("appointment-" + a.id());
            HBox actions = new HBox(16, Ui.button("reprint-" + a.id(), t.get("appointments.reprint"),
                    () -> flow.booking().reprintAppointment(a.id()), "secondary"),
                    Ui.button("cancel-" + a.id(), t.get("appointments.cancel"), () -> flow.booking().askCancel(a.id()), "secondary"));
            card.getChildren().addAll(Ui.label(a.areaName(), "line-strong"),
                    Ui.label(t.get("booked.when", day(a.date(), t), a.slotStart(), a.slotEnd()), "line"), actions);
            rows.add(card);
        }
        return TerminalViews.list(t.get("appointments.title"), rows.toArray(Node[]::new));
    }

    private static Node booked(TerminalScreen.Booked s, Texts t) {
        AppointmentView a = s.appointment();
        VBox box = TerminalViews.screen();
        Label title = Ui.label(t.get("booked.title"), "title");
        title.setId("booked");
        box.getChildren().addAll(title, Ui.label(a.areaName(), "subtitle"),
                Ui.label(t.get("booked.when", day(a.date(), t), a.slotStart(), a.slotEnd()), "line"));
        if (s.printed()) {
            Label take = Ui.label(t.get("booked.printed"), "banner-ok");
            take.setId("booked-printed");
            box.getChildren().add(take);
        } else {
            Label problem = Ui.label(t.get("booked.not-printed", s.printerProblem()), "banner-alert");
            problem.setId("booked-not-printed");
            ImageView qr = new ImageView(QrImage.of(a.code(), 300));
            qr.setId("booked-qr");
            HBox row = new HBox(20, qr);
            row.setAlignment(Pos.CENTER);
            box.getChildren().addAll(problem, row);
        }
        return box;
    }

    private static String day(String date, Texts t) {
        DateTimeFormatter f = t.english() ? DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("M月d日 EEEE", Locale.CHINESE);
        return f.format(LocalDate.parse(date));
    }
}
