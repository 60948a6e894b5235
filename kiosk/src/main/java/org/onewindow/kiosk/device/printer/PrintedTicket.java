package org.onewindow.kiosk.device.printer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What goes on paper.
 *
 * @param hallName      e.g. 临夏市政务服务中心
 * @param number        ticket number, e.g. A012
 * @param areaName      e.g. 企业开办
 * @param windows       where to go, e.g. "4、5、6、7号窗口"
 * @param peopleAhead   people ahead when issued
 * @param waitMinutes   estimated wait, null where no window serves the area now
 * @param greenChannel  empty, or what to print about the green channel (绿色通道 / 绿色通道待确认)
 * @param note          an extra line, e.g. 预约签到, or empty
 * @param itemName      chosen service item, or empty
 * @param materials     materials to have ready (一次性告知), possibly empty
 * @param issuedAt      when issued, hall time
 * @param qrPayload     ASCII text of the QR code (the tracking address)
 * @param footer        closing line
 */
public record PrintedTicket(String hallName, String number, String areaName, String windows, int peopleAhead,
                            Long waitMinutes, String greenChannel, String note, String itemName,
                            List<String> materials, LocalDateTime issuedAt, String qrPayload, String footer) {

    public PrintedTicket {
        materials = materials == null ? List.of() : List.copyOf(materials);
        greenChannel = greenChannel == null ? "" : greenChannel;
        note = note == null ? "" : note;
        itemName = itemName == null ? "" : itemName;
    }
}
