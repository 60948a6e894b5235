package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.TicketView;

/** What the ticket's QR code carries, from a server that gives the phone page's address and from one before it. */
class PrintoutTest {

    private static final String BASE = "http://192.168.1.10:8080/api/halls";
    private final HallView hall = new HallView("linxia", "临夏州政务服务中心", "Linxia", "Asia/Shanghai", "08:30", "17:30",
            List.of("MONDAY"), List.of(new HallView.Area("market", "市场监管", "Market", "B", "州市场监管局", List.of())),
            List.of(new HallView.Window("5", "COMPREHENSIVE", "", List.of("market"))), List.of(), 65, false, List.of(), List.of());

    private static TicketView ticket(String trackingUrl) {
        return new TicketView("20261202-B001", "B001", "linxia", "market", "市场监管", "", "WAITING", "NORMAL", "", 0, 300L,
                null, List.of("5"), Instant.parse("2026-12-02T01:00:00Z"), null, 0, "7KQ2M9XH4P", false, "", false,
                trackingUrl, null);
    }

    @Test
    void theQrCodeCarriesThePhonePageAddressTheServerGives() {
        PrintedTicket printed = Printout.of(hall, ticket("https://zwfw.linxia.gov.cn/t/linxia/7KQ2M9XH4P"), BASE, false, false);

        assertThat(printed.qrPayload()).isEqualTo("https://zwfw.linxia.gov.cn/t/linxia/7KQ2M9XH4P");
    }

    @Test
    void fromAServerOfAnEarlierReleaseTheQrCodeCarriesTheTrackingAddressOnTheConfiguredBase() {
        for (String none : new String[] {null, " "}) {
            PrintedTicket printed = Printout.of(hall, ticket(none), BASE, false, false);

            assertThat(printed.qrPayload()).isEqualTo(BASE + "/linxia/track/7KQ2M9XH4P");
        }
    }
}
