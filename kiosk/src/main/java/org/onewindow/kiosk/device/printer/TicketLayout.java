package org.onewindow.kiosk.device.printer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.kiosk.device.printer.EscPosWriter.Align;
import org.onewindow.protocol.message.NoWindowOpen;

/** Lays a ticket out on paper: the bytes a printer gets. */
public final class TicketLayout {

    /** Marks that may not begin a line. */
    private static final String CLOSING = "。，、；：？！）」』》”’.,;:?!)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PaperWidth paper;

    public TicketLayout(PaperWidth paper) {
        this.paper = paper;
    }

    public byte[] render(PrintedTicket t) {
        EscPosWriter w = new EscPosWriter(paper.dots()).initialise().align(Align.CENTRE);
        w.bold(true);
        wrapped(w, t.hallName(), 1);
        w.bold(false).feed(1);
        w.size(4, 4).bold(true);
        w.line(t.number());
        w.size(1, 1).bold(false);
        if (!t.greenChannel().isEmpty()) {
            w.size(2, 2);
            wrapped(w, t.greenChannel(), 2);
            w.size(1, 1);
        }
        if (!t.note().isEmpty()) {
            wrapped(w, t.note(), 1);
        }
        w.size(2, 2);
        wrapped(w, t.areaName(), 2);
        w.size(1, 1);
        wrapped(w, "请到 " + t.windows() + " 办理", 1);
        wrapped(w, "前面还有 " + t.peopleAhead() + " 人，"
                + (t.waitMinutes() == null ? NoWindowOpen.CHINESE : "预计等候约 " + t.waitMinutes() + " 分钟"), 1);
        w.align(Align.LEFT);
        if (!t.itemName().isEmpty()) {
            w.feed(1);
            wrapped(w, "办理事项：" + t.itemName(), 1);
        }
        if (!t.materials().isEmpty()) {
            wrapped(w, "请备齐以下材料（一次性告知）：", 1);
            for (int i = 0; i < t.materials().size(); i++) {
                wrapped(w, (i + 1) + ". " + t.materials().get(i), 1);
            }
        }
        w.align(Align.CENTRE).feed(1);
        w.raster(QrRaster.of(t.qrPayload(), Math.min(QrRaster.MAX_DOTS, paper.dots())));
        wrapped(w, "扫码查看排队进度", 1);
        wrapped(w, TIME.format(t.issuedAt()), 1);
        wrapped(w, t.footer(), 1);
        return w.cut(4).toBytes();
    }

    /** A slip: title, heading, paragraphs, then the QR code when there is one. */
    public byte[] render(PrintedSlip slip) {
        EscPosWriter w = new EscPosWriter(paper.dots()).initialise().align(Align.CENTRE);
        w.bold(true);
        wrapped(w, slip.hallName(), 1);
        w.bold(false).feed(1);
        w.size(2, 2).bold(true);
        wrapped(w, slip.title(), 2);
        w.size(1, 1).bold(false);
        if (!slip.heading().isEmpty()) {
            w.bold(true);
            wrapped(w, slip.heading(), 1);
            w.bold(false);
        }
        w.align(Align.LEFT).feed(1);
        for (String line : slip.lines()) {
            wrapped(w, line, 1);
        }
        w.align(Align.CENTRE).feed(1);
        if (!slip.qrPayload().isEmpty()) {
            w.raster(QrRaster.of(slip.qrPayload(), Math.min(QrRaster.MAX_DOTS, paper.dots())));
            wrapped(w, slip.qrCaption(), 1);
        }
        wrapped(w, TIME.format(slip.printedAt()), 1);
        wrapped(w, slip.footer(), 1);
        return w.cut(4).toBytes();
    }

    /** Text wrapped to the paper at a character size of {@code scale} (1 normal, 2 double). */
    private void wrapped(EscPosWriter w, String text, int scale) {
        for (String line : wrap(text, paper.columns() / scale)) {
            w.line(line);
        }
    }

    /** Splits by display width: a Chinese character takes two columns. */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = cp < 0x80 ? 1 : 2;
            if (used + width > columns) {
                // No line starts with a closing mark (避头尾): the last character comes down with it.
                String carried = "";
                if (CLOSING.indexOf(cp) >= 0 && line.length() > 1) {
                    int last = line.offsetByCodePoints(line.length(), -1);
                    carried = line.substring(last);
                    line.setLength(last);
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(carried);
                used = carried.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
            }
            line.appendCodePoint(cp);
            used += width;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
