package org.onewindow.kiosk.device.printer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A slip that is not a queue ticket: an appointment with its check-in code, or an item's materials
 * checklist, printed at a terminal.
 *
 * @param hallName   e.g. 临夏市政务服务中心
 * @param title      what the slip is, e.g. 预约凭证, printed large
 * @param heading    the main line under the title, e.g. the area or item
 * @param lines      the body, one entry per paragraph (wrapped to the paper)
 * @param qrPayload  ASCII text of the QR code, or empty for none
 * @param qrCaption  the line under the QR code
 * @param printedAt  when printed, hall time
 * @param footer     closing line
 * @param tag        a short ASCII name for this slip (the simulated printer's file name)
 */
public record PrintedSlip(String hallName, String title, String heading, List<String> lines, String qrPayload,
                          String qrCaption, LocalDateTime printedAt, String footer, String tag) {

    public PrintedSlip {
        lines = lines == null ? List.of() : List.copyOf(lines);
        qrPayload = qrPayload == null ? "" : qrPayload;
        qrCaption = qrCaption == null ? "" : qrCaption;
        heading = heading == null ? "" : heading;
        footer = footer == null ? "" : footer;
    }
}
