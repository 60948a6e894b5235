package org.onewindow.kiosk.terminal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onewindow.kiosk.device.printer.PrintedSlip;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.HallView;

/** What the terminal prints: an appointment with its check-in code, an item's materials checklist. */
final class Slips {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.CHINESE);

    private Slips() {
    }

    static PrintedSlip appointment(HallView hall, AppointmentView a, LocalDateTime now) {
        List<String> lines = List.of(
                "预约人：" + a.maskedName(),
                "日期：" + DAY.format(LocalDate.parse(a.date())),
                "时段：" + a.slotStart() + "–" + a.slotEnd(),
                "请在预约时段开始前 30 分钟内到大厅自助取号机扫描下方二维码签到，签到后优先叫号；迟到按普通号排队。");
        return new PrintedSlip(hall.name(), "预约凭证", a.areaName(), lines, a.code(), "签到二维码", now,
                "如需取消请到服务台或拨打服务热线", "appointment-" + a.id());
    }

    static PrintedSlip checklist(HallView hall, HallView.Item item, LocalDateTime now) {
        List<String> lines = new ArrayList<>();
        lines.add("办理部门：" + item.department());
        if (item.promisedDays() > 0) {
            lines.add("承诺时限：" + item.promisedDays() + " 个工作日");
        }
        if (item.fee() != null && !item.fee().isBlank()) {
            lines.add("收费：" + item.fee());
        }
        lines.add("所需材料（一次性告知）：");
        for (int i = 0; i < item.materials().size(); i++) {
            HallView.Material m = item.materials().get(i);
            lines.add((i + 1) + ". " + m.name() + "（" + (m.original() ? "原件" : "复印件") + m.copies() + "份"
                    + (m.mayBeMissing() ? "，可容缺后补" : "") + "）");
        }
        return new PrintedSlip(hall.name(), "材料清单", item.name(), lines, "", "", now,
                "办理时间：" + new HallCalendar(hall).openingTimes(false),
                "checklist-" + item.code());
    }
}
