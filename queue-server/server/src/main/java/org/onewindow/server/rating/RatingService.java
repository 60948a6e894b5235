package org.onewindow.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.FollowUpView;
import org.onewindow.protocol.rest.RateableService;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.statistics.DayRatings;

/**
 * Records ratings, one per service, and keeps the follow-ups of bad ones. A rating can only be made
 * with the token issued when the service finished; the token goes to the window's evaluator and
 * the phone page, never to a staff screen.
 */
@Service
public class RatingService implements DayRatings {

    /** How long after the service a rating is accepted: the evaluator at once, the phone the same day. */
    static final Duration TOKEN_VALID = Duration.ofHours(24);
    static final int FOLLOW_UP_WORKING_DAYS = 15;
    private static final int MAX_COMMENT = 300;
    private static final int MAX_NOTE = 500;
    /** As long as the day's other keys: the day leaves Redis whole, once in the records. */
    private static final long DAY_TTL_SECONDS = BusinessDay.KEYS_KEPT.toSeconds();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Each failed attempt means another change of the follow-up came first; see {@link #change}. */
    private static final int CHANGE_ATTEMPTS = 16;

    private final RatingTokens tokens;
    private final HallDirectory halls;
    private final QueueReader reader;
    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final LiveStreams live;
    private final Clock clock;
    private final RatingArchive archive;

    RatingService(RatingTokens tokens, HallDirectory halls, QueueReader reader, UnifiedJedis redis, LuaScripts scripts,
                  LiveStreams live, Clock clock) {
        this(tokens, halls, reader, redis, scripts, live, clock, RatingArchive.NONE);
    }

    @Autowired
    RatingService(RatingTokens tokens, HallDirectory halls, QueueReader reader, UnifiedJedis redis, LuaScripts scripts,
                  LiveStreams live, Clock clock, RatingArchive archive) {
        this.archive = archive;
        this.tokens = tokens;
        this.halls = halls;
        this.reader = reader;
        this.redis = redis;
        this.scripts = scripts;
        this.live = live;
        this.clock = clock;
    }

    /** The request for the window's evaluator after a service finished. */
    RatingRequest requestFor(FinishedService finished) {
        Instant expires = finished.finishedAt().plus(TOKEN_VALID);
        String token = tokens.issue(new RatingTokens.Claim(finished.hallId(), finished.ticketId(),
                finished.windowNo(), expires));
        return new RatingRequest(finished.hallId(), finished.windowNo(), finished.ticketId(), finished.ticketNumber(),
                token, "/rate.html?t=" + token, expires, finished.finishedAt());
    }

    /**
     * The phone's rating link of a finished service, {@code /rate.html?t=<token>}: the same token the
     * window's evaluator was given (its claim is made from the ticket as finished), so the service
     * is still rated once, wherever. Empty unless the ticket finished at a window and may still be rated.
     */
    public Optional<String> phonePathFor(String hallId, String ticketId) {
        return reader.ticket(hallId, ticketId)
                .filter(t -> StoredTicket.DONE.equals(t.status()) && t.window() != null && !t.window().isEmpty()
                        && t.finishedAt() > 0)
                .map(t -> FinishedService.of(hallId, t.window(), t))
                .filter(f -> clock.instant().isBefore(f.finishedAt().plus(TOKEN_VALID)))
                .map(f -> requestFor(f).phonePath());
    }

    /**
     * Lets the person served rate the service at a terminal with their ID card, for as long as the
     * token is valid; done again for the same service, it changes nothing. A service without an
     * identified person can be rated only where it ended.
     */
    public void offerAtTerminals(FinishedService finished) {
        if (finished.windowNo().isEmpty()) {
            return;
        }
        String person = reader.ticket(finished.hallId(), finished.ticketId()).map(StoredTicket::person).orElse("");
        if (person == null || person.isEmpty()) {
            return;
        }
        RatingRequest request = requestFor(finished);
        String key = HallKeys.of(finished.hallId()).rateableBy(person);
        StoredRateable offer = new StoredRateable(finished.ticketId(), finished.ticketNumber(), finished.areaId(),
                finished.windowNo(), finished.finishedAt().toEpochMilli(), request.token());
        scripts.run("rating_offer", List.of(key), List.of(offer.ticketId(), JsonCodec.toJson(offer),
                Long.toString(TOKEN_VALID.toSeconds())));
    }

    /** The person's services that can still be rated, newest first, each saying whether it has been. */
    public List<RateableService> rateableBy(String hallId, String personKey) {
        HallKeys keys = HallKeys.of(halls.get(hallId).id());
        List<RateableService> services = new ArrayList<>();
        for (String json : redis.hvals(keys.rateableBy(personKey))) {
            StoredRateable r = JsonCodec.fromJson(json, StoredRateable.class);
            Instant finished = Instant.ofEpochMilli(r.finishedAt());
            if (clock.instant().isBefore(finished.plus(TOKEN_VALID))) {
                boolean rated = redis.hexists(keys.ratings(StoredTicket.dayOf(r.ticketId())), r.ticketId());
                services.add(new RateableService(r.ticketId(), r.ticketNumber(), r.areaId(), r.windowNo(), finished, rated));
            }
        }
        services.sort(Comparator.comparing(RateableService::finishedAt).reversed());
        return services;
    }

    /**
     * Records a rating made at a terminal by the person served, identified by their ID card.
     *
     * @throws NotFoundException  the service is not one of this person's that can still be rated
     */
    public RatingView submitAtTerminal(String hallId, String personKey, String ticketId, RatingSubmission submission) {
        String json;
        json = ticketId == null ? null : redis.hget(HallKeys.of(halls.get(hallId).id()).rateableBy(personKey), ticketId);
        if (json == null) {
            throw new NotFoundException("service to rate", ticketId == null ? "" : ticketId);
        }
        StoredRateable offer = JsonCodec.fromJson(json, StoredRateable.class);
        return submit(offer.token(), submission, "TERMINAL");
    }

    /**
     * Records a rating.
     *
     * @param channel EVALUATOR, PHONE or TERMINAL
     * @throws RefusedException   TOKEN_INVALID, TOKEN_EXPIRED (422)
     * @throws ConflictException  ALREADY_RATED (409)
     * @throws InvalidFieldException a wrong level, a bad rating without reasons, a comment too long (400)
     */
    public RatingView submit(String token, RatingSubmission submission, String channel) {
        RatingTokens.Claim claim = tokens.read(token)
                .orElseThrow(() -> new RefusedException("TOKEN_INVALID", "this rating link is not valid"));
        if (!clock.instant().isBefore(claim.expiresAt())) {
            throw new RefusedException("TOKEN_EXPIRED", "this service can no longer be rated");
        }
        RatingLevel level = level(submission);
        List<String> reasons = reasons(level, submission);
        String comment = submission.comment().strip();
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidFieldException("comment", "at most " + MAX_COMMENT + " characters");
        }
        Hall hall = halls.get(claim.hallId());
        StoredTicket ticket = reader.ticket(hall.id(), claim.ticketId())
                .orElseThrow(() -> new NotFoundException("ticket", claim.ticketId()));
        RatingView rating = new RatingView(ticket.id(), ticket.number(), claim.windowNo(), clerkOf(ticket, claim), ticket.area(),
                level.name(), reasons, comment, channel, clock.instant());
        HallKeys keys = HallKeys.of(hall.id());
        String followUp = "";
        if (level.bad()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
            LocalDate deadline = hall.openingHours().workingDaysAfter(today, FOLLOW_UP_WORKING_DAYS);
            followUp = JsonCodec.toJson(StoredFollowUp.open(hall.id(), rating, deadline));
        }
        Object recorded = scripts.run("rating_record", List.of(keys.ratings(ticket.day()), keys.followUps(), keys.events()),
                List.of(ticket.id(), JsonCodec.toJson(rating), Long.toString(DAY_TTL_SECONDS), followUp,
                        Long.toString(clock.millis())));
        if (!Long.valueOf(1).equals(recorded)) {
            throw new ConflictException("ALREADY_RATED", "this service has been rated already");
        }
        live.changed(hall.id(), "ratings");
        return rating;
    }

    /**
     * Who served: the account that finished the ticket. A ticket finished by an earlier release does
     * not say; then the earlier token's clerk, else nobody named.
     */
    private static String clerkOf(StoredTicket ticket, RatingTokens.Claim claim) {
        return ticket.finishedBy() != null && !ticket.finishedBy().isEmpty() ? ticket.finishedBy() : claim.earlierClerk();
    }

    /** The ratings of a business day, newest first. */
    @Override
    public List<RatingView> ofDay(String hallId, LocalDate day) {
        halls.get(hallId);
        // A past day may have left Redis for the records; until it has, Redis has its newest ratings.
        Map<String, RatingView> byTicket = new LinkedHashMap<>();
        if (day.isBefore(LocalDate.now(clock.withZone(halls.get(hallId).timeZone())))) {
            archive.ofDay(hallId, day).forEach(r -> byTicket.put(r.ticketId(), r));
        }
        redis.hvals(HallKeys.of(hallId).ratings(DAY.format(day))).stream()
                .map(json -> JsonCodec.fromJson(json, RatingView.class))
                .forEach(r -> byTicket.put(r.ticketId(), r));
        return byTicket.values().stream().sorted(Comparator.comparing(RatingView::at).reversed()).toList();
    }

    /** Follow-ups: unresolved first (nearest deadline first), then resolved, newest first. */
    public List<FollowUpView> followUps(String hallId) {
        Hall hall = halls.get(hallId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        List<FollowUpView> all = new ArrayList<>();
        redis.hvals(HallKeys.of(hallId).followUps())
                .forEach(json -> all.add(view(JsonCodec.fromJson(json, StoredFollowUp.class), today)));
        all.sort(Comparator.comparing((FollowUpView f) -> f.status().equals(StoredFollowUp.RESOLVED))
                .thenComparing(FollowUpView::deadline));
        return all;
    }

    /** A resolved follow-up kept in Redis, with the JSON it is kept as (to release it unchanged). */
    public record ResolvedFollowUp(String id, Instant resolvedAt, String json) {
    }

    /** The hall's follow-ups resolved before {@code cutoff}. */
    public List<ResolvedFollowUp> resolvedBefore(String hallId, Instant cutoff) {
        List<ResolvedFollowUp> resolved = new ArrayList<>();
        for (String json : redis.hvals(HallKeys.of(halls.get(hallId).id()).followUps())) {
            StoredFollowUp f = JsonCodec.fromJson(json, StoredFollowUp.class);
            if (StoredFollowUp.RESOLVED.equals(f.status()) && f.resolvedAt() < cutoff.toEpochMilli()) {
                resolved.add(new ResolvedFollowUp(f.id(), Instant.ofEpochMilli(f.resolvedAt()), json));
            }
        }
        return resolved;
    }

    /** Lets a resolved follow-up go from Redis, the records holding it; false when it changed since it was read. */
    public boolean release(String hallId, ResolvedFollowUp followUp) {
        Object released = scripts.run("follow_up_release", List.of(HallKeys.of(halls.get(hallId).id()).followUps()),
                List.of(followUp.id(), followUp.json()));
        return Long.valueOf(1).equals(released);
    }

    public FollowUpView callBack(String hallId, String id, String note, String by) {
        return change(hallId, id, note, by, f -> f.calledBack(note.strip(), by, clock.millis()));
    }

    public FollowUpView resolve(String hallId, String id, String note, String by) {
        return change(hallId, id, note, by, f -> f.resolved(note.strip(), by, clock.millis()));
    }

    /**
     * Makes the change from the follow-up as stored; follow_up_change.lua keeps it only if nobody
     * changed the follow-up meanwhile, else it is made again from the newer one. So a call-back and
     * the fix recorded at the same moment are both kept; every failed attempt means another change
     * got through, so it fails only with more than {@link #CHANGE_ATTEMPTS} changes at once.
     */
    private FollowUpView change(String hallId, String id, String note, String by, UnaryOperator<StoredFollowUp> how) {
        Hall hall = halls.get(hallId);
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "write 1 to " + MAX_NOTE + " characters");
        }
        HallKeys keys = HallKeys.of(hallId);
        String key = keys.followUps();
        String json;
        json = Optional.ofNullable(redis.hget(key, id)).orElseThrow(() -> new NotFoundException("follow-up", id));
        for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
            StoredFollowUp changed = how.apply(JsonCodec.fromJson(json, StoredFollowUp.class));
            List<?> reply = (List<?>) scripts.run("follow_up_change", List.of(key, keys.events()),
                    List.of(id, json, JsonCodec.toJson(changed), by, Long.toString(clock.millis())));
            json = (String) reply.get(1);
            if ("changed".equals(reply.get(0))) {
                live.changed(hallId, "ratings");
                return view(changed, LocalDate.ofInstant(clock.instant(), hall.timeZone()));
            }
        }
        throw new ConflictException("FOLLOW_UP_CHANGED", "follow-up " + id + " was changed meanwhile; try again");
    }

    private static FollowUpView view(StoredFollowUp f, LocalDate today) {
        LocalDate deadline = LocalDate.parse(f.deadline());
        return new FollowUpView(f.id(), f.rating(), deadline, f.status(), f.callBackNote(), f.callBackBy(),
                f.callBackAt() == 0 ? null : Instant.ofEpochMilli(f.callBackAt()), f.fixNote(), f.resolvedBy(),
                f.resolvedAt() == 0 ? null : Instant.ofEpochMilli(f.resolvedAt()),
                !StoredFollowUp.RESOLVED.equals(f.status()) && today.isAfter(deadline));
    }

    private static RatingLevel level(RatingSubmission s) {
        try {
            return RatingLevel.valueOf(s.level() == null ? "" : s.level().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("level", "must be one of VERY_SATISFIED, SATISFIED, BASIC, DISSATISFIED, VERY_DISSATISFIED");
        }
    }

    private static List<String> reasons(RatingLevel level, RatingSubmission s) {
        List<String> reasons = s.reasons().stream().filter(r -> r != null && !r.isBlank()).map(String::strip)
                .distinct().toList();
        for (String r : reasons) {
            if (!RatingLevel.REASONS.contains(r)) {
                throw new InvalidFieldException("reasons", "unknown reason " + LogSafe.of(r));
            }
        }
        if (level.bad() && reasons.isEmpty()) {
            throw new InvalidFieldException("reasons", "say what was wrong");
        }
        if (reasons.contains("OTHER") && s.comment().isBlank()) {
            throw new InvalidFieldException("comment", "say what else was wrong");
        }
        return level.bad() ? reasons : List.of();
    }
}
