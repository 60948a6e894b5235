package org.onewindow.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.rest.TicketView;

class JsonCodecTest {

    private final CallAnnouncement call = new CallAnnouncement("linxia", "c-1", 42, "A012", "5", "biz", "企业开办", 0,
            Instant.parse("2026-11-24T02:00:00Z"));

    @Test
    void roundTripsARecordWithChineseTextAndIsoTimes() {
        String json = JsonCodec.toJson(call);
        assertThat(json).contains("\"at\":\"2026-11-24T02:00:00Z\"").contains("企业开办");
        assertThat(JsonCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8), CallAnnouncement.class)).isEqualTo(call);
    }

    @Test
    void anOldReaderIgnoresFieldsAddedLater() {
        String newer = JsonCodec.toJson(call).replace("{", "{\"voice\":\"female\",\"priority\":{\"x\":1},");
        assertThat(JsonCodec.fromJson(newer, CallAnnouncement.class)).isEqualTo(call);
    }

    @Test
    void aCallOrBoardLineFromAServerBeforeSilentCallsReadsAsSpoken() {
        String older = JsonCodec.toJson(call).replace(",\"silent\":false", "");
        assertThat(older).doesNotContain("silent");
        assertThat(JsonCodec.fromJson(older, CallAnnouncement.class).silent()).isFalse();
        CallAnnouncement silent = new CallAnnouncement("linxia", "c-2", 43, "A013", "5", "biz", "企业开办", 0,
                Instant.parse("2026-11-24T02:01:00Z"), true);
        assertThat(JsonCodec.fromJson(JsonCodec.toJson(silent), CallAnnouncement.class).silent()).isTrue();
        RecentCall line = JsonCodec.fromJson("{\"callId\":\"c-1\",\"ticketNumber\":\"A012\",\"windowNo\":\"5\","
                + "\"areaId\":\"biz\",\"areaName\":\"企业开办\",\"calledAt\":\"2026-11-24T02:00:00Z\",\"recall\":false}",
                RecentCall.class);
        assertThat(line.silent()).isFalse();
    }

    @Test
    void malformedPayloadsRaiseOneClearException() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"seq\":\"many\"}", CallAnnouncement.class))
                .isInstanceOf(MalformedPayloadException.class).hasMessageStartingWith("CallAnnouncement:");
        assertThatThrownBy(() -> JsonCodec.fromJson("not json", CallAnnouncement.class))
                .isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> JsonCodec.fromBytes(new byte[0], CallAnnouncement.class))
                .isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> JsonCodec.fromJson("null", CallAnnouncement.class))
                .isInstanceOf(MalformedPayloadException.class);
    }

    @Test
    void aTicketFromAServerBeforeItsLinksReadsWithoutThem() {
        TicketView old = new TicketView("20261202-B001", "B001",
                "linxia", "market", "市场监管", "", "WAITING", "NORMAL", "", 0, 60L, null, List.of("4"),
                Instant.parse("2026-12-02T01:00:00Z"), null, 0, "ABCDEFGH23", false, "", false);
        String json = JsonCodec.toJson(old).replace(",\"trackingUrl\":null", "").replace(",\"ratingUrl\":null", "");

        assertThat(json).doesNotContain("trackingUrl", "ratingUrl");
        assertThat(JsonCodec.fromJson(json, TicketView.class)).isEqualTo(old);
    }
}
