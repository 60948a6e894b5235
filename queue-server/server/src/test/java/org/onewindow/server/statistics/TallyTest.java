package org.onewindow.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.queue.StoredTicket;

class TallyTest {

    private static final long NINE = 1_764_550_800_000L;
    private static final long MINUTE = 60_000;

    @Test
    void aTicketTakenByPhoneWaitsFromItsCheckInNotFromWhenItWasTaken() {
        Tally tally = new Tally();
        // Taken from home at 9:00, checked in at 10:00, called at 10:05.
        tally.add(ticket(NINE, NINE + 60 * MINUTE, NINE + 65 * MINUTE), false);

        assertThat(tally.figures().waitP50Seconds()).isEqualTo(5 * 60L);
    }

    @Test
    void aTicketTakenAtTheKioskWaitsFromItsIssue() {
        Tally tally = new Tally();
        tally.add(ticket(NINE, NINE, NINE + 20 * MINUTE), false);

        assertThat(tally.figures().waitP50Seconds()).isEqualTo(20 * 60L);
    }

    private static StoredTicket ticket(long issued, long arrival, long calledAt) {
        return JsonCodec.fromJson("""
                {"id":"20261201-A001","number":"A001","area":"biz","status":"CALLED","priority":"NORMAL",
                 "issued":%d,"arrival":%d,"score":%d,"calledAt":%d,"lastCalledAt":%d,"calls":1}"""
                .formatted(issued, arrival, issued, calledAt, calledAt), StoredTicket.class);
    }
}
