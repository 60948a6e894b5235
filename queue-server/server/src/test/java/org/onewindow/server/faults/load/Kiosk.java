package org.onewindow.server.faults.load;

import java.util.function.BooleanSupplier;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.TicketView;

/** A kiosk issuing tickets at a steady pace, each request sent again with its own id until answered. */
final class Kiosk implements Runnable {

    private final String name;
    private final String hallId;
    private final Client client;
    private final Ledger ledger;
    private final BooleanSupplier running;
    private final LoadShape shape;

    Kiosk(String name, String hallId, Client client, Ledger ledger, BooleanSupplier running, LoadShape shape) {
        this.name = name;
        this.hallId = hallId;
        this.client = client;
        this.ledger = ledger;
        this.running = running;
        this.shape = shape;
    }

    @Override
    public void run() {
        for (int n = 1; running.getAsBoolean(); n++) {
            if (ledger.waiting() >= shape.maxWaiting()) {
                Pacing.pause(50);
                continue;
            }
            String requestId = name + "-" + n;
            Answer answer = client.post("/api/halls/" + hallId + "/tickets",
                    "{\"requestId\":\"" + requestId + "\",\"areaId\":\"biz\",\"itemCode\":\"QY001\"}");
            if (answer.is(201) || answer.is(200)) {
                TicketView t = JsonCodec.fromJson(answer.body(), TicketView.class);
                ledger.ticket(new Ledger.Ticket(requestId, t.ticketId(), t.number(), System.currentTimeMillis()));
            } else {
                ledger.unexpected("issue " + requestId, answer);
            }
            Pacing.pause(shape.kioskPauseMillis());
        }
    }
}
