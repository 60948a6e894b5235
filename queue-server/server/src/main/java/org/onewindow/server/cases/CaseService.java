package org.onewindow.server.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.ItemKind;
import org.onewindow.server.hall.ServiceItem;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.redis.HallKeys;

/**
 * Opens a case when a service finishes with an application (accepted, 容缺, or a missing-materials
 * notice) and moves it on. Every server instance hears every finish; the case is opened once, by
 * whichever instance records the ticket's case first, and only that one tells the listeners.
 */
@Service
public class CaseService {

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);
    /** Outcomes that open a case; NOT_ACCEPTED and SERVED do not. */
    static final Set<String> OPENING = Set.of("ACCEPTED", "ACCEPTED_WITH_MISSING", "MATERIALS_MISSING");
    /** Working days to hand in what was owed under 容缺受理. */
    static final int OWED_WORKING_DAYS = 5;
    /** A case due within this many working days is listed for supervision (督办) before it is late. */
    static final int DUE_SOON_WORKING_DAYS = 2;
    private static final int MAX_NOTE = 500;
    private static final String NUMBER_TO_COME = "CASE-NUMBER-TO-COME";
    /**
     * KEYS: ticket-to-case hash, the day's counter, the cases hash, the person's cases (or an unused
     * key for an anonymous ticket). ARGV: ticket id, day, the case's JSON with {@link #NUMBER_TO_COME}
     * for its number, 1 to index the person. Returns {case no, 1 if new}. Numbering,
     * claiming the ticket and storing the case in one step: every instance hears the finish, one
     * opens the case, no number is skipped, and nobody finds a claim without its case.
     */
    private static final String OPEN = """
            local existing = redis.call('HGET', KEYS[1], ARGV[1])
            if existing then return {existing, 0} end
            local no = ARGV[2] .. string.format('%04d', redis.call('INCR', KEYS[2]))
            redis.call('HSET', KEYS[1], ARGV[1], no)
            redis.call('HSET', KEYS[3], no, (string.gsub(ARGV[3], 'CASE%-NUMBER%-TO%-COME', no)))
            if ARGV[4] == '1' then redis.call('SADD', KEYS[4], no) end
            return {no, 1}
            """;

    private final HallDirectory halls;
    private final QueueReader reader;
    private final JedisPool pool;
    private final Clock clock;
    private final List<CaseListener> listeners;

    public CaseService(HallDirectory halls, QueueReader reader, JedisPool pool, Clock clock, List<CaseListener> listeners) {
        this.halls = halls;
        this.reader = reader;
        this.pool = pool;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    @EventListener
    public void on(HallEvent event) {
        if (event.type() != HallEventType.TICKET_FINISHED || !OPENING.contains(event.get("outcome"))) {
            return;
        }
        try {
            open(event.hallId(), event.ticketId(), event.actor());
        } catch (RuntimeException e) {
            log.error("Could not open the case of ticket {} of hall {}", event.ticketId(), event.hallId(), e);
        }
    }

    /** Opens the case of a finished ticket, once; returns it (also when it was opened before). */
    public CaseView open(String hallId, String ticketId, String clerk) {
        Hall hall = halls.get(hallId);
        StoredTicket t = reader.ticket(hallId, ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        if (!OPENING.contains(t.outcome())) {
            throw new InvalidFieldException("outcome", "ticket " + t.number() + " was finished without an application");
        }
        HallKeys keys = HallKeys.of(hallId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, hall.timeZone());
        ServiceItem item = hall.items().stream().filter(i -> i.code().equals(t.item())).findFirst().orElse(null);
        boolean notice = "MATERIALS_MISSING".equals(t.outcome());
        String status = notice ? CaseStatus.NOTICE_GIVEN : CaseStatus.ACCEPTED;
        try (Jedis jedis = pool.getResource()) {
            String day = BusinessDay.format(today);
            CaseView c = new CaseView(NUMBER_TO_COME, hallId, t.id(), t.number(), t.item(),
                    item == null ? "" : item.name(), item == null ? hall.area(t.area()).map(a -> a.leadDepartment()).orElse("") : item.department(),
                    t.area(), t.name(), t.outcome(), t.missingMaterials(),
                    "ACCEPTED_WITH_MISSING".equals(t.outcome()) ? hall.openingHours().workingDaysAfter(today, OWED_WORKING_DAYS) : null,
                    false, notice ? null : promised(hall, item, today), status, "", "",
                    List.of(new CaseView.Step(status, now, clerk, t.outcomeNote())), now);
            boolean known = t.person() != null && !t.person().isEmpty();
            List<?> result = (List<?>) jedis.eval(OPEN, List.of(keys.caseOfTicket(), keys.caseNumbers(day), keys.cases(),
                    keys.casesOfPerson(known ? t.person() : "-")), List.of(ticketId, day, JsonCodec.toJson(c), known ? "1" : "0"));
            CaseView opened = find(hallId, (String) result.get(0));
            if ("1".equals(String.valueOf(result.get(1)))) {
                tell(opened);
            }
            return opened;
        }
    }

    public CaseView find(String hallId, String caseNo) {
        halls.get(hallId);
        try (Jedis jedis = pool.getResource()) {
            String json = jedis.hget(HallKeys.of(hallId).cases(), caseNo);
            if (json == null) {
                throw new NotFoundException("case", caseNo);
            }
            return JsonCodec.fromJson(json, CaseView.class);
        }
    }

    /** A person's cases, newest first: what a terminal shows after an ID card is swiped. */
    public List<CaseView> ofPerson(String hallId, String personKey) {
        halls.get(hallId);
        HallKeys keys = HallKeys.of(hallId);
        try (Jedis jedis = pool.getResource()) {
            List<String> numbers = List.copyOf(jedis.smembers(keys.casesOfPerson(personKey)));
            if (numbers.isEmpty()) {
                return List.of();
            }
            return jedis.hmget(keys.cases(), numbers.toArray(String[]::new)).stream().filter(j -> j != null)
                    .map(j -> JsonCodec.fromJson(j, CaseView.class))
                    .sorted(Comparator.comparing(CaseView::createdAt).reversed()).toList();
        }
    }

    /** Every case of the hall, newest first. */
    public List<CaseView> all(String hallId) {
        halls.get(hallId);
        try (Jedis jedis = pool.getResource()) {
            return jedis.hvals(HallKeys.of(hallId).cases()).stream().map(j -> JsonCodec.fromJson(j, CaseView.class))
                    .sorted(Comparator.comparing(CaseView::createdAt).reversed()).toList();
        }
    }

    /** Moves a case forward; READY needs where to collect the result. */
    public CaseView move(String hallId, String caseNo, CaseStatusRequest request, String by) {
        Hall hall = halls.get(hallId);
        if (request == null || request.status() == null || !CaseStatus.ORDER.contains(request.status())) {
            throw new InvalidFieldException("status", "must be one of " + String.join(", ", CaseStatus.ORDER));
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "at most " + MAX_NOTE + " characters");
        }
        String method = request.pickupMethod() == null ? "" : request.pickupMethod().strip();
        String requestedPlace = request.pickupPlace() == null ? "" : request.pickupPlace().strip();
        String place = requestedPlace;
        if (CaseStatus.READY.equals(request.status())) {
            if (!CaseStatus.PICKUP_METHODS.contains(method)) {
                throw new InvalidFieldException("pickupMethod", "must be WINDOW, LOCKER or MAIL");
            }
            if (!method.equals("LOCKER") && requestedPlace.isEmpty()) {
                throw new InvalidFieldException("pickupPlace", "say which window, or the postal tracking number");
            }
            if (method.equals("LOCKER") && hall.lockers() == 0) {
                throw new InvalidFieldException("pickupMethod", "this hall has no result lockers");
            }
        }
        HallKeys keys = HallKeys.of(hall.id());
        try (Jedis jedis = pool.getResource()) {
            // One change at a time: WATCH makes a concurrent change (or a slot taken meanwhile) fail rather than be lost.
            jedis.watch(keys.cases(), keys.lockerSlots());
            CaseView c = find(hallId, caseNo);
            if (!CaseStatus.mayFollow(c.status(), request.status())) {
                jedis.unwatch();
                throw new ConflictException("CASE_STATUS", "case " + caseNo + " is " + c.status()
                        + " and cannot become " + request.status());
            }
            List<CaseView.Step> history = new ArrayList<>(c.history());
            history.add(new CaseView.Step(request.status(), clock.instant(), by, note));
            boolean ready = CaseStatus.READY.equals(request.status());
            boolean toLocker = ready && method.equals("LOCKER");
            if (toLocker) {
                place = Integer.toString(freeSlot(jedis, hall, caseNo));
            }
            CaseView moved = changed(c, request.status(), ready ? method : c.pickupMethod(), ready ? place : c.pickupPlace(),
                    c.owedReceived(), history);
            var tx = jedis.multi();
            tx.hset(keys.cases(), caseNo, JsonCodec.toJson(moved));
            if (toLocker) {
                tx.hset(keys.lockerSlots(), place, caseNo);
            }
            if (CaseStatus.DELIVERED.equals(request.status()) && "LOCKER".equals(c.pickupMethod())) {
                tx.hdel(keys.lockerSlots(), c.pickupPlace());
            }
            if (tx.exec() == null) {
                throw new ConflictException("CASE_CHANGED", "case " + caseNo + " was changed meanwhile; try again");
            }
            tell(moved);
            return moved;
        }
    }

    /** The lowest free locker slot; the result is loaded there and the slot stays taken until collected. */
    private static int freeSlot(Jedis jedis, Hall hall, String caseNo) {
        Map<String, String> taken = jedis.hgetAll(HallKeys.of(hall.id()).lockerSlots());
        for (int slot = 1; slot <= hall.lockers(); slot++) {
            if (!taken.containsKey(Integer.toString(slot))) {
                return slot;
            }
        }
        jedis.unwatch();
        throw new ConflictException("LOCKERS_FULL", "every result locker is taken; hand case " + caseNo + " out at a window");
    }

    /** A person's results waiting in the lockers: what a terminal offers to open after a card swipe. */
    public List<CaseView> inLockers(String hallId, String personKey) {
        return ofPerson(hallId, personKey).stream()
                .filter(c -> CaseStatus.READY.equals(c.status()) && "LOCKER".equals(c.pickupMethod())).toList();
    }

    /**
     * The person's result waiting in a locker, before its slot is opened for them.
     *
     * @throws NotFoundException when the case is not this person's, or not (or no longer) in a locker
     */
    public CaseView ownResultInLocker(String hallId, String caseNo, String personKey) {
        return inLockers(hallId, personKey).stream().filter(c -> c.caseNo().equals(caseNo)).findFirst()
                .orElseThrow(() -> new NotFoundException("result in a locker for this ID card, case", caseNo));
    }

    /**
     * The citizen took the result from its locker (the terminal saw the door open and shut again):
     * the case is delivered and the slot freed. Only the applicant's own case, only from a locker.
     */
    public CaseView collectedFromLocker(String hallId, String caseNo, String personKey, String terminal) {
        ownResultInLocker(hallId, caseNo, personKey);
        return move(hallId, caseNo, new CaseStatusRequest(CaseStatus.DELIVERED, "从智能柜取件", null, null), terminal);
    }

    /**
     * The same, on the terminal's word that it opened {@code slot} for this case with the server's
     * leave. Recorded once: sent again after a lost answer, it returns the delivered case.
     *
     * @throws ConflictException CASE_CHANGED when the case is no longer in that slot
     */
    public CaseView collectedFromSlot(String hallId, String caseNo, int slot, String terminal) {
        CaseView c = find(hallId, caseNo);
        boolean inSlot = "LOCKER".equals(c.pickupMethod()) && c.pickupPlace().equals(Integer.toString(slot));
        if (inSlot && CaseStatus.DELIVERED.equals(c.status())) {
            return c;
        }
        if (!inSlot || !CaseStatus.READY.equals(c.status())) {
            throw new ConflictException("CASE_CHANGED", "case " + caseNo + " is no longer in locker slot " + slot);
        }
        return move(hallId, caseNo, new CaseStatusRequest(CaseStatus.DELIVERED, "从智能柜取件", null, null), terminal);
    }

    /** The materials owed under 容缺受理 have been handed in. */
    public CaseView owedReceived(String hallId, String caseNo, String by) {
        HallKeys keys = HallKeys.of(hallId);
        try (Jedis jedis = pool.getResource()) {
            CaseView c = find(hallId, caseNo);
            if (c.owedBy() == null) {
                throw new ConflictException("NOTHING_OWED", "case " + caseNo + " owes no materials");
            }
            List<CaseView.Step> history = new ArrayList<>(c.history());
            history.add(new CaseView.Step(c.status(), clock.instant(), by, "补交材料已收齐"));
            CaseView done = changed(c, c.status(), c.pickupMethod(), c.pickupPlace(), true, history);
            jedis.hset(keys.cases(), caseNo, JsonCodec.toJson(done));
            return done;
        }
    }

    /**
     * Cases needing a push (督办): open cases past their promised date or due within two working
     * days, and 容缺 cases whose materials are overdue. Latest first.
     */
    public List<Supervision> supervision(String hallId) {
        Hall hall = halls.get(hallId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        LocalDate soon = hall.openingHours().workingDaysAfter(today, DUE_SOON_WORKING_DAYS);
        List<Supervision> list = new ArrayList<>();
        for (CaseView c : all(hallId)) {
            if (!CaseStatus.open(c.status())) {
                continue;
            }
            boolean beforeDecision = CaseStatus.ORDER.indexOf(c.status()) < CaseStatus.ORDER.indexOf(CaseStatus.DECIDED);
            if (beforeDecision && c.promisedDate() != null && c.promisedDate().isBefore(today)) {
                list.add(new Supervision(c, "OVERDUE", c.promisedDate()));
            } else if (beforeDecision && c.promisedDate() != null && !c.promisedDate().isAfter(soon)) {
                list.add(new Supervision(c, "DUE_SOON", c.promisedDate()));
            }
            if (c.owedBy() != null && !c.owedReceived() && c.owedBy().isBefore(today)) {
                list.add(new Supervision(c, "MATERIALS_OVERDUE", c.owedBy()));
            }
        }
        list.sort(Comparator.comparing(Supervision::due));
        return list;
    }

    /** The case after a step: what a step may change, the rest as it was. */
    private static CaseView changed(CaseView c, String status, String pickupMethod, String pickupPlace, boolean owedReceived,
                                    List<CaseView.Step> history) {
        return new CaseView(c.caseNo(), c.hallId(), c.ticketId(), c.ticketNumber(), c.itemCode(), c.itemName(),
                c.department(), c.areaId(), c.maskedName(), c.outcome(), c.missingMaterials(), c.owedBy(), owedReceived,
                c.promisedDate(), status, pickupMethod, pickupPlace, history, c.createdAt());
    }

    /** A case on the supervision list, why, and by when it was or is due. */
    public record Supervision(CaseView c, String reason, LocalDate due) {
    }

    private static LocalDate promised(Hall hall, ServiceItem item, LocalDate today) {
        if (item == null || item.kind() == ItemKind.IMMEDIATE || item.promisedDays() <= 0) {
            return today;
        }
        return hall.openingHours().workingDaysAfter(today, item.promisedDays());
    }

    private void tell(CaseView c) {
        for (CaseListener l : listeners) {
            try {
                l.changed(c);
            } catch (RuntimeException e) {
                log.warn("A case listener failed on {}: {}", c.caseNo(), e.toString());
            }
        }
    }
}
