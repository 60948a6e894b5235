package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketLayoutTest {

    @Test
    void theTicketReadsBackWithItsNumberAreaMaterialsAndAScannableQrCode() throws Exception {
        PrintedTicket ticket = Tickets.sample("A012");

        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(PaperWidth.MM80).render(ticket));

        assertThat(read.textLines()).contains("A012", "企业开办", "绿色通道", "请到 4、5、6、7号窗口 办理");
        assertThat(read.textLines()).anyMatch(l -> l.startsWith("1. 公司登记"));
        assertThat(read.cut()).isTrue();
        assertThat(read.rasters()).hasSize(1);
        assertThat(QrDecoding.decode(read.rasters().get(0).toImage())).isEqualTo(Tickets.TRACKING);
        assertThat(QrDecoding.decode(read.render(PaperWidth.MM80.dots()))).isEqualTo(Tickets.TRACKING);
    }

    @Test
    void aTicketNoWindowServesSaysSoInsteadOfAWait() {
        TicketLayout layout = new TicketLayout(PaperWidth.MM80);
        EscPosRenderer read = EscPosRenderer.read(layout.render(Tickets.noWindowOpen("A013")));

        assertThat(read.textLines()).contains("前面还有 0 人，暂无窗口办理").noneMatch(l -> l.contains("预计等候"));
        assertThat(EscPosRenderer.read(layout.render(Tickets.sample("A012"))).textLines())
                .contains("前面还有 3 人，预计等候约 12 分钟");
    }

    @Test
    void longLinesWrapToTheNarrowPaper() {
        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(PaperWidth.MM58).render(Tickets.sample("B1000")));

        assertThat(read.parts()).allSatisfy(part -> {
            if (part instanceof EscPosRenderer.TextLine line) {
                assertThat(displayWidth(line.text()) * line.width()).as(line.text()).isLessThanOrEqualTo(32);
            }
        });
    }

    @Test
    void noLineBeginsWithAClosingMark() {
        // 11 columns of Chinese then the full stop: the stop would start the second line alone.
        assertThat(TicketLayout.wrap("请在预约时段开始前到大厅。", 24)).containsExactly("请在预约时段开始前到大", "厅。");
        assertThat(TicketLayout.wrap("一二三四五六七八九十十一", 24)).containsExactly("一二三四五六七八九十十一");
    }

    @Test
    void aSlipReadsBackWithItsTitleLinesAndCode() throws Exception {
        PrintedSlip slip = new PrintedSlip("临夏州政务服务中心", "预约凭证", "医保社保", java.util.List.of("时段：08:30–09:00"),
                "OWA1.sample", "签到二维码", java.time.LocalDateTime.of(2026, 11, 25, 21, 0), "", "appointment-1");
        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(PaperWidth.MM80).render(slip));

        assertThat(read.textLines()).contains("预约凭证", "医保社保", "时段：08:30–09:00", "签到二维码");
        assertThat(QrDecoding.decode(read.render(PaperWidth.MM80.dots()))).isEqualTo("OWA1.sample");
        assertThat(read.cut()).isTrue();
    }

    private static int displayWidth(String line) {
        return line.codePoints().map(cp -> cp < 0x80 ? 1 : 2).sum();
    }
}
