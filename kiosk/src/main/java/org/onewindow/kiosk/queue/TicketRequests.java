package org.onewindow.kiosk.queue;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;

/**
 * The one request to the ticket desk the kiosk waits on: sent on the background executor, answered
 * on the UI thread. Nothing is issued twice: a request keeps its id until it is answered, so a
 * retry after the server was unreachable returns the ticket the server may already have made. An
 * answer to a request given up (the citizen went home) is dropped.
 */
final class TicketRequests {

    private static final Logger log = LoggerFactory.getLogger(TicketRequests.class);

    /** A request waiting for its answer; retried with the same id after the server comes back. */
    record Pending(String description, Supplier<TicketView> call, boolean appointment) {
    }

    private final TicketDesk server;
    private final Executor ui;
    private final Executor background;
    private final BiConsumer<Pending, TicketView> issued;
    private final BiConsumer<Pending, HallApiException> refused;
    private Pending pending;

    /** {@code issued} and {@code refused} hear, on the UI thread, the answer to the request still waited on. */
    TicketRequests(TicketDesk server, Executor ui, Executor background, BiConsumer<Pending, TicketView> issued,
                   BiConsumer<Pending, HallApiException> refused) {
        this.server = server;
        this.ui = ui;
        this.background = background;
        this.issued = issued;
        this.refused = refused;
    }

    /** A new ticket, with a new request id. */
    Pending ticket(HallView.Area area, HallView.Item item, String greenReason, Identity identity) {
        IssueTicketRequest request = new IssueTicketRequest(UUID.randomUUID().toString(), area.id(),
                item == null ? null : item.code(), identity, greenReason.isEmpty() ? null : greenReason, null);
        return new Pending("ticket", () -> server.issueTicket(request), false);
    }

    /**
     * A scanned code checked in, with a new request id: an appointment's, or a ticket taken by
     * phone ({@code OWR1.}), which is then shown and printed as an ordinary ticket.
     */
    Pending checkIn(String code) {
        String requestId = UUID.randomUUID().toString();
        return new Pending("check-in", () -> server.checkIn(new CheckInRequest(requestId, code)), !code.startsWith("OWR1."));
    }

    /** The request waited on now, or null. */
    Pending waiting() {
        return pending;
    }

    /** Nobody waits for the answer any more. */
    void giveUp() {
        pending = null;
    }

    /** Sends {@code request} (again) and waits on it; an earlier request's answer will be dropped. */
    void send(Pending request) {
        pending = request;
        background.execute(() -> {
            try {
                TicketView ticket = request.call().get();
                ui.execute(() -> answered(request, () -> {
                    pending = null;
                    issued.accept(request, ticket);
                }));
            } catch (HallApiException e) {
                ui.execute(() -> answered(request, () -> refused.accept(request, e)));
            } catch (RuntimeException e) {
                log.error("Issuing failed", e);
                ui.execute(() -> answered(request, () -> refused.accept(request, new HallApiException(0, null, e))));
            }
        });
    }

    private void answered(Pending request, Runnable then) {
        if (pending == request) {
            then.run();
        }
    }
}
