package org.onewindow.kiosk.queue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.TicketView;

/** Turns the server's ticket into what is printed (and shown when printing fails). */
final class Printout {

    private Printout() {
    }

    static PrintedTicket of(HallView hall, TicketView t, String trackingBase, boolean appointment, boolean reprint) {
        HallView.Item item = hall.items().stream().filter(i -> i.code().equals(t.itemCode())).findFirst().orElse(null);
        String green = "PENDING".equals(t.greenChannel()) ? "绿色通道待确认"
                : "GREEN".equals(t.priority()) ? "绿色通道" : "";
        String note = reprint ? "补打 · 您已取过此号" : appointment ? "预约签到成功" : "";
        Long minutes = t.noWindowOpen() ? null : Long.valueOf((t.estimatedWaitSeconds() + 59) / 60);
        return new PrintedTicket(hall.name(), t.number(), t.areaName(), windows(hall, t), t.peopleAhead(),
                minutes, green, note, item == null ? "" : item.name(),
                materials(item), LocalDateTime.ofInstant(t.issuedAt(), ZoneId.of(hall.timeZone())),
                trackingAddress(hall, t, trackingBase),
                "PENDING".equals(t.greenChannel()) ? "请到服务台确认绿色通道" : "请留意叫号，过号请到服务台");
    }

    /**
     * What the QR code carries: the phone page's address as the server gives it (it knows the address
     * phones reach it at); from a server of an earlier release, the tracking address on the
     * configured base.
     */
    static String trackingAddress(HallView hall, TicketView t, String trackingBase) {
        return t.trackingUrl() != null && !t.trackingUrl().isBlank() ? t.trackingUrl()
                : trackingBase + "/" + hall.id() + "/track/" + t.trackingCode();
    }

    /** The windows serving the area now; before any opens, the ones configured for it. */
    static String windows(HallView hall, TicketView t) {
        List<String> numbers = !t.windowNos().isEmpty() ? t.windowNos()
                : hall.windows().stream().filter(w -> w.areaIds().contains(t.areaId())).map(HallView.Window::no).toList();
        return numbers.isEmpty() ? "综合窗口" : String.join("、", numbers) + "号窗口";
    }

    private static List<String> materials(HallView.Item item) {
        if (item == null) {
            return List.of();
        }
        return item.materials().stream().map(m -> m.name() + "（" + (m.original() ? "原件" : "复印件") + m.copies() + "份"
                + (m.mayBeMissing() ? "，可容缺后补" : "") + "）").toList();
    }
}
