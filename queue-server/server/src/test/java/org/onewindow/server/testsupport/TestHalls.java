package org.onewindow.server.testsupport;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.onewindow.server.hall.ApplicantType;
import org.onewindow.server.hall.AppointmentRules;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.hall.ItemKind;
import org.onewindow.server.hall.Material;
import org.onewindow.server.hall.OpeningHours;
import org.onewindow.server.hall.PriorityRules;
import org.onewindow.server.hall.ServiceItem;
import org.onewindow.server.hall.TidalRules;
import org.onewindow.server.hall.WindowKind;

/**
 * A small hall for tests, with a fresh id each time so tests sharing a Redis never meet: areas
 * {@code biz} (A), {@code estate} (B) and {@code social} (C); windows 1-8 comprehensive for
 * {@code biz} (5-8 also serve {@code estate}), 9 for {@code social}, 20 and 21 tidal.
 */
public final class TestHalls {

    private TestHalls() {
    }

    public static Hall small() {
        return small(0);
    }

    /** The small hall with a daily ticket limit on area {@code biz}. */
    public static Hall small(int bizDailyLimit) {
        List<HallWindow> windows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            windows.add(new HallWindow(Integer.toString(i), WindowKind.COMPREHENSIVE, "",
                    i <= 4 ? List.of("biz") : List.of("biz", "estate")));
        }
        windows.add(new HallWindow("9", WindowKind.COMPREHENSIVE, "", List.of("social")));
        windows.add(new HallWindow("20", WindowKind.TIDAL, "潮汐窗口", List.of()));
        windows.add(new HallWindow("21", WindowKind.TIDAL, "潮汐窗口", List.of()));
        return new Hall("t" + UUID.randomUUID().toString().substring(0, 8), "测试政务服务中心", "Test hall",
                ZoneId.of("Asia/Shanghai"),
                new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(17, 30)),
                List.of(new Area("biz", "企业开办", "Business start-up", "A", "市场监管局", List.of("市场监管局"), 10, bizDailyLimit, null),
                        new Area("estate", "不动产登记", "Real estate", "B", "自然资源局", List.of("自然资源局"), 15, 0, null),
                        new Area("social", "社保医保", "Social insurance", "C", "人社局", List.of("人社局"), 8, 0, null)),
                windows,
                List.of(new ServiceItem("QY001", "企业设立登记", "市场监管局", "biz", ItemKind.IMMEDIATE, 0,
                        ApplicantType.COMPANY, "不收费", 1,
                        List.of(new Material("公司登记（备案）申请书", true, 1, false),
                                new Material("公司章程", true, 1, true))),
                        new ServiceItem("BDC01", "不动产首次登记", "自然资源局", "estate", ItemKind.PROMISED, 10,
                                ApplicantType.PERSON, "不收费", 1,
                                List.of(new Material("不动产登记申请书", true, 1, false),
                                        new Material("身份证明", true, 1, false),
                                        new Material("土地权属来源材料", true, 1, true)))),
                new PriorityRules(65, 15, 10, 30, 10, false),
                new TidalRules(false, 15, 25, 40, 45, 5, 15, 30, 60), new AppointmentRules(30, 2, 7), 3);
    }
}
