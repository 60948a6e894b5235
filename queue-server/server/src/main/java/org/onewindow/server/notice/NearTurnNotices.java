package org.onewindow.server.notice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.ticket.TicketService;

/**
 * Sends the near-turn notices a call brings about, from the event log: to the citizen called ("请到
 * 5 号窗口"), and to each citizen of the same area whose ticket now has at most its area's number
 * of people ahead. Each notice is sent once: it is noted in Redis after the gateway took it, and
 * the gateway is given the same message id on every try, so a retry after a crash between the two
 * is taken once by the provider. A call older than {@link #STALE} (an old log read again) sends
 * nothing: nobody is helped by a text about a queue long gone.
 */
@Component
class NearTurnNotices implements HallEffect {

    static final Duration STALE = Duration.ofMinutes(10);
    static final String NEAR = "NEAR";
    static final String CALLED = "CALLED";

    private final NoticeStore store;
    private final TicketService tickets;
    private final HallDirectory halls;
    private final SmsGateway gateway;
    private final Clock clock;

    NearTurnNotices(NoticeStore store, TicketService tickets, HallDirectory halls, SmsGateway gateway, Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.halls = halls;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.RECORDS;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.type() != HallEventType.TICKET_CALLED || event.at().isBefore(clock.instant().minus(STALE))) {
            return DONE;
        }
        String day = StoredTicket.dayOf(event.ticketId());
        List<NoticeSubscription> subscriptions = day.isEmpty() ? List.of() : store.all(event.hallId(), day);
        if (subscriptions.isEmpty()) {
            return DONE;
        }
        Hall hall = halls.get(event.hallId());
        for (NoticeSubscription s : subscriptions) {
            if (s.ticketId().equals(event.ticketId())) {
                sendOnce(hall, day, s, CALLED, calledText(hall, s, event.windowNo()),
                        Map.of("number", s.number(), "window", event.windowNo()));
            } else if (s.areaId().equals(event.areaId()) && !store.wasSent(hall.id(), day, s.ticketId(), NEAR)) {
                nearIfSo(hall, day, s);
            }
        }
        return DONE;
    }

    private void nearIfSo(Hall hall, String day, NoticeSubscription s) {
        TicketView t;
        try {
            t = tickets.find(hall.id(), s.ticketId());
        } catch (NotFoundException gone) {
            return;
        }
        if ("WAITING".equals(t.status()) && t.peopleAhead() <= s.aheadAt()) {
            String area = hall.area(s.areaId()).map(a -> a.name()).orElse(s.areaId());
            sendOnce(hall, day, s, NEAR, nearText(hall, s, t.peopleAhead(), area),
                    Map.of("number", s.number(), "ahead", Integer.toString(t.peopleAhead()), "area", area));
        }
    }

    private void sendOnce(Hall hall, String day, NoticeSubscription s, String kind, String text, Map<String, String> params) {
        if (store.wasSent(hall.id(), day, s.ticketId(), kind)) {
            return;
        }
        gateway.send(new SmsMessage(hall.id() + ":" + s.ticketId() + ":" + kind, s.mobile(), kind, text, params));
        store.noteSent(hall.id(), day, s.ticketId(), kind, NoticeService.endOfDay(hall, day));
    }

    static String nearText(Hall hall, NoticeSubscription s, int ahead, String area) {
        return "【" + hall.name() + "】" + (s.family() ? "您家人的号码 " : "您的号码 ") + s.number() + " 前面还有 " + ahead
                + " 位，请回到" + area + "等候，留意叫号。";
    }

    static String calledText(Hall hall, NoticeSubscription s, String windowNo) {
        return "【" + hall.name() + "】" + (s.family() ? "您家人的号码 " : "") + s.number() + " 号已叫号，请到 " + windowNo
                + " 号窗口办理。";
    }
}
