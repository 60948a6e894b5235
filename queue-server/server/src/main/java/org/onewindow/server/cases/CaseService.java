package org.onewindow.server.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.ItemKind;
import org.onewindow.server.hall.ServiceItem;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.redis.LuaScripts;

/**
 * Opens a case when a service finishes with an application (accepted, 容缺, or a missing-materials
 * notice) and moves it on. The case is opened before the clerk's finish is answered, and again
 * (idempotently) by the event pipeline, which covers a server that died in between: it is opened
 * once, by whichever call records the ticket's case first, and only that one tells the listeners. Two
 * clerks changing one case at once both have their step kept (see {@link CaseStore}).
 */
@Service
public class CaseService {

    /** Outcomes that open a case; NOT_ACCEPTED and SERVED do not. */
    static final Set<String> OPENING = Set.of("ACCEPTED", "ACCEPTED_WITH_MISSING", "MATERIALS_MISSING");
    /** Working days to hand in what was owed under 容缺受理. */
    static final int OWED_WORKING_DAYS = 5;
    /** A case due within this many working days is listed for supervision (督办) before it is late. */
    static final int DUE_SOON_WORKING_DAYS = 2;
    private static final int MAX_NOTE = 500;
    /** A window number or a postal tracking number; both are short. */
    private static final int MAX_PLACE = 40;

    private final HallDirectory halls;
    private final QueueReader reader;
    private final CaseStore store;
    private final Clock clock;
    private final CaseArchive archive;

    public CaseService(HallDirectory halls, QueueReader reader, UnifiedJedis redis, LuaScripts scripts, Clock clock) {
        this(halls, reader, redis, scripts, clock, CaseArchive.NONE);
    }

    @Autowired
    public CaseService(HallDirectory halls, QueueReader reader, UnifiedJedis redis, LuaScripts scripts, Clock clock,
                       CaseArchive archive) {
        this.halls = halls;
        this.reader = reader;
        this.store = new CaseStore(redis, scripts, clock);
        this.clock = clock;
        this.archive = archive;
    }

    /** Whether a service that ended so opens a case. */
    public static boolean opensCase(String outcome) {
        return outcome != null && OPENING.contains(outcome);
    }

    /** Opens the case of a finished ticket, once; returns it (also when it was opened before). */
    public CaseView open(String hallId, String ticketId, String clerk) {
        Hall hall = halls.get(hallId);
        StoredTicket t = reader.ticket(hallId, ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        if (!OPENING.contains(t.outcome())) {
            throw new InvalidFieldException("outcome", "ticket " + t.number() + " was finished without an application");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, hall.timeZone());
        ServiceItem item = hall.items().stream().filter(i -> i.code().equals(t.item())).findFirst().orElse(null);
        boolean notice = "MATERIALS_MISSING".equals(t.outcome());
        String status = notice ? CaseStatus.NOTICE_GIVEN : CaseStatus.ACCEPTED;
        CaseView c = new CaseView(CaseStore.NUMBER_TO_COME, hallId, t.id(), t.number(), t.item(),
                item == null ? "" : item.name(), item == null ? hall.area(t.area()).map(a -> a.leadDepartment()).orElse("") : item.department(),
                t.area(), t.name(), t.outcome(), t.missingMaterials(),
                "ACCEPTED_WITH_MISSING".equals(t.outcome()) ? hall.openingHours().workingDaysAfter(today, OWED_WORKING_DAYS) : null,
                false, notice ? null : promised(hall, item, today), status, "", "",
                List.of(new CaseView.Step(status, now, clerk, t.outcomeNote())), now);
        return store.open(hallId, BusinessDay.format(today), c, t.person()).c();
    }

    /** Whether the finished ticket's case has been opened (by the window's finish, usually). */
    public boolean opened(String hallId, String ticketId) {
        return store.opened(halls.get(hallId).id(), ticketId);
    }

    /** A case by its number: a live one from Redis, a closed one that left it from the records. */
    public CaseView find(String hallId, String caseNo) {
        halls.get(hallId);
        try {
            return store.find(hallId, caseNo);
        } catch (NotFoundException e) {
            return archive.find(hallId, caseNo).orElseThrow(() -> e);
        }
    }

    /** The hall's closed cases (delivered, or a notice given) whose last step is before {@code cutoff}. */
    public List<CaseView> closedBefore(String hallId, Instant cutoff) {
        return store.all(halls.get(hallId).id()).stream()
                .filter(c -> !CaseStatus.open(c.status()))
                .filter(c -> c.history().get(c.history().size() - 1).at().isBefore(cutoff))
                .toList();
    }

    /**
     * Lets a closed case go from Redis, the records holding it with {@code status} and {@code steps};
     * false when the case changed since (it stays until the records catch up).
     */
    public boolean release(String hallId, String caseNo, String status, int steps, String personKey) {
        return store.release(halls.get(hallId).id(), caseNo, status, steps, personKey);
    }

    /** A person's cases, newest first: what a terminal shows after an ID card is swiped. */
    public List<CaseView> ofPerson(String hallId, String personKey) {
        halls.get(hallId);
        return store.ofPerson(hallId, personKey);
    }

    /** Every case of the hall, newest first. */
    public List<CaseView> all(String hallId) {
        halls.get(hallId);
        return store.all(hallId);
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
        if (requestedPlace.length() > MAX_PLACE) {
            throw new InvalidFieldException("pickupPlace", "at most " + MAX_PLACE + " characters");
        }
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
        CaseView moved = store.change(hall.id(), caseNo, c -> {
            if (!CaseStatus.mayFollow(c.status(), request.status())) {
                throw new ConflictException("CASE_STATUS", "case " + caseNo + " is " + c.status()
                        + " and cannot become " + request.status());
            }
            List<CaseView.Step> history = new ArrayList<>(c.history());
            history.add(new CaseView.Step(request.status(), clock.instant(), by, note));
            boolean ready = CaseStatus.READY.equals(request.status());
            boolean toLocker = ready && method.equals("LOCKER");
            String place = toLocker ? CaseStore.SLOT_TO_COME : requestedPlace;
            CaseView after = changed(c, request.status(), ready ? method : c.pickupMethod(), ready ? place : c.pickupPlace(),
                    c.owedReceived(), history);
            boolean collected = CaseStatus.DELIVERED.equals(request.status()) && "LOCKER".equals(c.pickupMethod());
            return new CaseStore.Step(after, toLocker ? hall.lockers() : 0, collected ? c.pickupPlace() : "");
        });
        return moved;
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
        halls.get(hallId);
        return store.change(hallId, caseNo, c -> {
            if (c.owedBy() == null) {
                throw new ConflictException("NOTHING_OWED", "case " + caseNo + " owes no materials");
            }
            List<CaseView.Step> history = new ArrayList<>(c.history());
            history.add(new CaseView.Step(c.status(), clock.instant(), by, "补交材料已收齐"));
            return CaseStore.Step.of(changed(c, c.status(), c.pickupMethod(), c.pickupPlace(), true, history));
        });
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
}
