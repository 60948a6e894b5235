package org.onewindow.server.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.state.HallStateQuery;
import org.onewindow.server.ticket.PersonKeys;
import org.onewindow.server.ticket.RandomCodes;
import org.onewindow.server.ticket.TicketViews;
import org.onewindow.server.ticket.TrackingLinks;

/**
 * Remote tickets: taking one by phone, what its phone sees, checking it in (kiosk, entrance code,
 * desk) and lapsing the ones never checked in. Every change is one script (remote_*.lua).
 */
@Service
public class RemoteTicketService {

    /** What a kiosk's scanner reads from a phone's check-in QR code: {@code OWR1.<hall>.<tracking code>}. */
    public static final String CHECK_IN_PREFIX = "OWR1.";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern CLIENT_TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** How a ticket was checked in, as the event tells it. */
    public enum How { KIOSK, ENTRANCE, DESK }

    /** A ticket taken; {@code created} false when the request had been answered before. */
    public record Taken(RemoteTicketView view, boolean created) {
    }

    /** A check-in's answer; {@code changed} false when the ticket had been checked in before. */
    public record CheckedIn(TicketView ticket, boolean changed) {
    }

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final QueueReader reader;
    private final TicketViews views;
    private final HallStateQuery state;
    private final PersonKeys keys;
    private final EntranceTokens entrance;
    private final TrackingLinks links;
    private final Clock clock;

    public RemoteTicketService(HallDirectory halls, LuaScripts scripts, QueueReader reader, TicketViews views,
                               HallStateQuery state, PersonKeys keys, EntranceTokens entrance, TrackingLinks links,
                               Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.reader = reader;
        this.views = views;
        this.state = state;
        this.keys = keys;
        this.entrance = entrance;
        this.links = links;
        this.clock = clock;
    }

    /** The areas that offer remote tickets, with their queues now, and whether taking is open. */
    public RemoteOffer offer(String hallId) {
        Hall hall = halls.get(hallId);
        LocalDate today = today(hall);
        String day = BusinessDay.format(today);
        boolean workingDay = hall.openingHours().isWorkingDay(today);
        List<AreaQueue> queues = state.areaQueues(hallId);
        var counts = reader.remoteCounts(hallId, day);
        List<RemoteOffer.AreaOffer> areas = hall.areas().stream().filter(Area::offersRemoteTickets).map(a -> {
            AreaQueue q = queues.stream().filter(x -> x.areaId().equals(a.id())).findFirst().orElseThrow();
            int remaining = Math.max(0, a.remoteTickets() - counts.getOrDefault(a.id(), 0));
            return new RemoteOffer.AreaOffer(a.id(), a.name(), a.nameEn(), remaining, q.waiting(),
                    state.estimateWaitSeconds(hallId, a.id(), "", q.waiting()));
        }).toList();
        return new RemoteOffer(hallId, hall.name(), hall.nameEn(), isTakingOpen(hall),
                workingDay ? at(hall, today, hall.openingHours().open()) : null,
                workingDay ? lapseAt(hall, today) : null, hall.timeZone().getId(), areas);
    }

    /** Takes a ticket for today, or answers the one a retry of the same request took. */
    public Taken take(String hallId, RemoteTakeRequest request, String clientAddress) {
        Hall hall = halls.get(hallId);
        if (request == null) {
            throw new InvalidFieldException("body", "is required");
        }
        if (request.requestId() == null || !REQUEST_ID.matcher(request.requestId()).matches()) {
            throw new InvalidFieldException("requestId", "is required: 1-64 of letters, digits and _ . : -");
        }
        if (request.clientToken() == null || !CLIENT_TOKEN.matcher(request.clientToken()).matches()) {
            throw new InvalidFieldException("clientToken", "is required: 16-64 of letters, digits, _ and -");
        }
        if (request.areaId() == null || request.areaId().isBlank()) {
            throw new InvalidFieldException("areaId", "is required");
        }
        Area area = hall.area(request.areaId()).orElseThrow(() -> new NotFoundException("area", request.areaId()));
        if (!area.offersRemoteTickets()) {
            throw new RefusedException("REMOTE_NOT_OFFERED", "area " + area.id() + " does not offer tickets by phone");
        }
        if (!isTakingOpen(hall)) {
            throw new RefusedException("REMOTE_CLOSED", "tickets are taken by phone on working days from opening until "
                    + hall.remoteTicketsLapseAt());
        }
        Instant now = clock.instant();
        String day = BusinessDay.format(today(hall));
        HallKeys k = HallKeys.of(hallId);
        List<?> reply = (List<?>) scripts.run("remote_take",
                List.of(k.sequences(day), k.tickets(day), k.requests(day), k.tracking(day), k.version(), k.events(),
                        k.remotePending(day), k.remoteCounts(day), k.remoteClients(day)),
                List.of(day, area.id(), area.prefix(), request.requestId(), request.clientToken(), addressKey(clientAddress),
                        Long.toString(now.toEpochMilli()), RandomCodes.next(10), Integer.toString(area.dailyTicketLimit()),
                        Integer.toString(area.remoteTickets()), Integer.toString(hall.remoteTicketsPerAddress()),
                        Long.toString(BusinessDay.KEYS_KEPT.toSeconds())));
        boolean created = "created".equals(reply.get(0));
        StoredTicket t = TicketRecord.decode((String) reply.get(1));
        return new Taken(view(hall, t, !created), created);
    }

    /** What the phone holding the tracking code sees of its remote ticket. */
    public RemoteTicketView view(String hallId, String trackingCode) {
        Hall hall = halls.get(hallId);
        return view(hall, byTracking(hall, trackingCode), false);
    }

    /** Check-in with the entrance screen's code: the phone is at the door. */
    public CheckedIn checkInAtEntrance(String hallId, String trackingCode, RemoteCheckInRequest request) {
        Hall hall = halls.get(hallId);
        String token = request == null ? null : request.entranceToken();
        if (!EntranceTokens.wellFormed(token)) {
            throw new InvalidFieldException("entranceToken", "is not an entrance code; scan the code on the screen at the entrance");
        }
        StoredTicket t = byTracking(hall, trackingCode);
        if (!entrance.valid(hallId, token)) {
            throw new RefusedException("ENTRANCE_CODE_INVALID",
                    "the entrance code is not today's current one; scan the code on the screen at the entrance again");
        }
        return checkIn(hall, t, How.ENTRANCE, "phone");
    }

    /** Check-in by a kiosk that scanned the phone's check-in code: the kiosk proves the citizen is here. */
    public CheckedIn checkInAtKiosk(String hallId, String scanned, String kiosk) {
        Hall hall = halls.get(hallId);
        String[] parts = scanned == null || !scanned.startsWith(CHECK_IN_PREFIX) ? new String[0]
                : scanned.substring(CHECK_IN_PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || !TrackingLinks.wellFormed(parts[1])) {
            throw new InvalidFieldException("code", "is not a check-in code");
        }
        if (!parts[0].equals(hallId)) {
            throw new RefusedException("REMOTE_OTHER_HALL", "the ticket was taken for another hall");
        }
        return checkIn(hall, byTracking(hall, parts[1]), How.KIOSK, kiosk);
    }

    /** Check-in at the service desk, of a ticket the guide looked up. */
    public CheckedIn checkInAtDesk(String hallId, String ticketId, String guide) {
        Hall hall = halls.get(hallId);
        StoredTicket t = reader.ticket(hallId, ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        return checkIn(hall, t, How.DESK, guide);
    }

    /** The address the entrance screen's QR code carries: the phone's check-in page with the token. */
    public String arriveUrl(String hallId, String token) {
        halls.get(hallId);
        return links.absolute("/t/" + hallId + "/arrive?e=" + token);
    }

    /** Whether a scanned code is a remote ticket's check-in code rather than an appointment's. */
    public static boolean isCheckInCode(String code) {
        return code != null && code.startsWith(CHECK_IN_PREFIX);
    }

    /** The text of the phone's check-in QR code. */
    public static String checkInCode(String hallId, String trackingCode) {
        return CHECK_IN_PREFIX + hallId + "." + trackingCode;
    }

    /**
     * Lapses the tickets of today (and of yesterday, had the server been down at the time) that were
     * not checked in by the lapse time; before the time it does nothing. Returns how many lapsed.
     */
    public int lapseDue(String hallId) {
        Hall hall = halls.get(hallId);
        Instant now = clock.instant();
        int lapsed = 0;
        for (LocalDate day : List.of(today(hall).minusDays(1), today(hall))) {
            if (now.isBefore(lapseAt(hall, day))) {
                continue;
            }
            String d = BusinessDay.format(day);
            HallKeys k = HallKeys.of(hallId);
            lapsed += ((Number) scripts.run("remote_lapse",
                    List.of(k.tickets(d), k.remotePending(d), k.version(), k.events()),
                    List.of(Long.toString(now.toEpochMilli())))).intValue();
        }
        return lapsed;
    }

    private CheckedIn checkIn(Hall hall, StoredTicket t, How how, String actor) {
        LocalDate day = BusinessDay.parse(t.day());
        HallKeys k = HallKeys.of(hall.id());
        List<?> reply = (List<?>) scripts.run("remote_check_in",
                List.of(k.tickets(t.day()), k.version(), k.events(), k.remotePending(t.day()), k.areaQueue(t.day(), t.area())),
                List.of(t.id(), Long.toString(clock.millis()), Long.toString(lapseAt(hall, day).toEpochMilli()),
                        Long.toString(Duration.ofMinutes(hall.remoteKeepPlaceMinutes()).toMillis()), actor, how.name()));
        StoredTicket now = TicketRecord.decode((String) reply.get(1));
        return new CheckedIn(views.of(hall.id(), now, false), "checked-in".equals(reply.get(0)));
    }

    private StoredTicket byTracking(Hall hall, String code) {
        if (!TrackingLinks.wellFormed(code)) {
            throw new InvalidFieldException("code", "is not a tracking code (10 letters and digits)");
        }
        return reader.ticketByTracking(hall.id(), BusinessDay.format(today(hall)), code).filter(StoredTicket::remote)
                .orElseThrow(() -> new NotFoundException("remote ticket", code));
    }

    private RemoteTicketView view(Hall hall, StoredTicket t, boolean existing) {
        Instant lapse = lapseAt(hall, BusinessDay.parse(t.day()));
        boolean awaiting = StoredTicket.AWAITING_ARRIVAL.equals(t.status());
        // Past the lapse time a ticket is lapsed whether or not the job has marked it yet.
        boolean lapsedNow = awaiting && !clock.instant().isBefore(lapse);
        TicketView ticket = views.of(hall.id(), t, existing).forTracking(null);
        if (lapsedNow) {
            ticket = withStatus(ticket, StoredTicket.LAPSED);
        }
        int ahead = ticket.peopleAhead();
        Long estimate = ticket.estimatedWaitSeconds();
        if (awaiting && !lapsedNow) {
            ahead = reader.ahead(HallKeys.of(hall.id()).areaQueue(t.day(), t.area()), t.score(), t.id());
            estimate = state.estimateWaitSeconds(hall.id(), t.area(), "", ahead);
        }
        return new RemoteTicketView(ticket, ahead, estimate, lapse,
                Instant.ofEpochMilli(t.issued()).plus(Duration.ofMinutes(hall.remoteKeepPlaceMinutes())),
                checkInCode(hall.id(), t.tracking()), existing, hall.timeZone().getId());
    }

    private static TicketView withStatus(TicketView v, String status) {
        return new TicketView(v.ticketId(), v.number(), v.hallId(), v.areaId(), v.areaName(), v.itemCode(), status,
                v.priority(), v.maskedName(), 0, 0L, v.windowNo(), v.windowNos(), v.issuedAt(), v.calledAt(), v.recalls(),
                v.trackingCode(), v.existing(), v.greenChannel(), false, v.trackingUrl(), v.ratingUrl());
    }

    private boolean isTakingOpen(Hall hall) {
        LocalDate today = today(hall);
        Instant now = clock.instant();
        return hall.openingHours().isWorkingDay(today) && !now.isBefore(at(hall, today, hall.openingHours().open()))
                && now.isBefore(lapseAt(hall, today));
    }

    private LocalDate today(Hall hall) {
        return LocalDate.ofInstant(clock.instant(), hall.timeZone());
    }

    private static Instant lapseAt(Hall hall, LocalDate day) {
        return at(hall, day, hall.remoteTicketsLapseAt());
    }

    private static Instant at(Hall hall, LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, hall.timeZone()).toInstant();
    }

    /** The client address as a keyed hash: the count needs to tell addresses apart, not to know them. */
    private String addressKey(String address) {
        byte[] mac = keys.sign("remote-address", address == null ? "" : address);
        return HexFormat.of().formatHex(mac, 0, 12);
    }
}
