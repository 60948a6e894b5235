package org.onewindow.kiosk.device.printer;

import java.time.LocalDateTime;
import java.util.List;

/** A ticket as the kiosk would print it. */
final class Tickets {

    static final String TRACKING = "http://127.0.0.1:8080/t/linxia/7KQ2M9XH4P";

    private Tickets() {
    }

    /** The sample ticket taken while no window serves its area: no estimate. */
    static PrintedTicket noWindowOpen(String number) {
        PrintedTicket t = sample(number);
        return new PrintedTicket(t.hallName(), t.number(), t.areaName(), t.windows(), 0, null, "", "", t.itemName(),
                t.materials(), t.issuedAt(), t.qrPayload(), t.footer());
    }

    static PrintedTicket sample(String number) {
        return new PrintedTicket("临夏市政务服务中心", number, "企业开办", "4、5、6、7号窗口", 3, 12L, "绿色通道", "",
                "企业设立登记", List.of("公司登记（备案）申请书（原件1份）", "公司章程（原件1份，可容缺后补）",
                        "法定代表人、董事、监事和经理的任职文件及身份证明（复印件1份）"),
                LocalDateTime.of(2026, 11, 24, 10, 5, 30), TRACKING, "请留意叫号，过号请到服务台");
    }
}
