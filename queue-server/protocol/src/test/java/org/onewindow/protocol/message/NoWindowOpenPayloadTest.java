package org.onewindow.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.TicketView;

/** "No window open" on the wire, read by new readers and by readers built before it existed. */
class NoWindowOpenPayloadTest {

    private static final Instant AT = Instant.parse("2026-11-24T02:00:00Z");

    /** The area queue as readers built before {@code noWindowOpen} know it. */
    record OldAreaQueue(String areaId, int waiting, int openWindows, long estimatedWaitSeconds) {
    }

    private static AreaQueue queue(int waiting, int open, Long estimate) {
        return new AreaQueue("linxia", "justice", "司法", "Justice", "J", waiting, open, estimate, 60, 7, AT, false);
    }

    @Test
    void anAreaWithoutAnOpenWindowHasNoEstimateAndSaysSo() {
        String json = JsonCodec.toJson(queue(1, 0, null));
        assertThat(json).contains("\"estimatedWaitSeconds\":null").contains("\"noWindowOpen\":true");
        assertThat(JsonCodec.fromJson(json, AreaQueue.class)).isEqualTo(queue(1, 0, null));
        assertThat(queue(1, 2, 720L).noWindowOpen()).isFalse();
        assertThat(queue(1, 2, 720L).estimatedWaitSeconds()).isEqualTo(720L);
    }

    @Test
    void anOldReaderStillReadsTheNewPayload() {
        OldAreaQueue old = JsonCodec.fromJson(JsonCodec.toJson(queue(1, 0, null)), OldAreaQueue.class);
        assertThat(old).isEqualTo(new OldAreaQueue("justice", 1, 0, 0));
    }

    @Test
    void anOldServersEstimateForAnAreaWithoutAWindowReadsAsNoWindowOpen() {
        String older = "{\"hallId\":\"linxia\",\"areaId\":\"justice\",\"waiting\":1,\"openWindows\":0,"
                + "\"estimatedWaitSeconds\":720}";
        AreaQueue read = JsonCodec.fromJson(older, AreaQueue.class);
        assertThat(read.noWindowOpen()).isTrue();
        assertThat(read.estimatedWaitSeconds()).isNull();
        AreaQueue served = JsonCodec.fromJson(older.replace("\"openWindows\":0", "\"openWindows\":1"), AreaQueue.class);
        assertThat(served.noWindowOpen()).isFalse();
        assertThat(served.estimatedWaitSeconds()).isEqualTo(720L);
    }

    @Test
    void aTicketWithoutAnEstimateSaysNoWindowIsOpen() {
        TicketView ticket = new TicketView("20261124-J001", "J001", "linxia", "justice", "司法", "", "WAITING", "NORMAL",
                "", 0, null, "", List.of("26"), AT, null, 0, "code", false, "", false);
        assertThat(ticket.noWindowOpen()).isTrue();
        String json = JsonCodec.toJson(ticket);
        assertThat(json).contains("\"estimatedWaitSeconds\":null").contains("\"noWindowOpen\":true");
        assertThat(JsonCodec.fromJson(json.replace(",\"noWindowOpen\":true", ""), TicketView.class).noWindowOpen())
                .as("estimate null without the flag").isTrue();
    }
}
