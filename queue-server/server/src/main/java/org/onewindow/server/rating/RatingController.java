package org.onewindow.server.rating;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.FollowUpNote;
import org.onewindow.protocol.rest.FollowUpView;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.HallDirectory;

/**
 * Ratings by phone (public, with the token from the evaluator's QR code), and the manager's view of
 * ratings and follow-ups. There is no way for staff to enter a rating.
 */
@RestController
class RatingController {

    private final RatingService ratings;
    private final HallDirectory halls;
    private final AuditTrail audit;

    RatingController(RatingService ratings, HallDirectory halls, AuditTrail audit) {
        this.audit = audit;
        this.ratings = ratings;
        this.halls = halls;
    }

    /** The citizen's phone; security refuses it to anyone signed in as staff. */
    @PostMapping("/api/ratings")
    RatingView rateByPhone(@RequestBody RatingSubmission submission) {
        if (submission == null) {
            throw new InvalidFieldException("token", "missing");
        }
        return ratings.submit(submission.token(), submission, "PHONE");
    }

    @GetMapping("/api/halls/{hall}/ratings")
    List<RatingView> ofDay(@PathVariable("hall") String hall, @RequestParam(name = "date", required = false) String date) {
        return ratings.ofDay(hall, day(hall, date));
    }

    @GetMapping("/api/halls/{hall}/follow-ups")
    List<FollowUpView> followUps(@PathVariable("hall") String hall) {
        return ratings.followUps(hall);
    }

    @PostMapping("/api/halls/{hall}/follow-ups/{id}/call-back")
    FollowUpView callBack(@PathVariable("hall") String hall, @PathVariable("id") String id,
                          @RequestBody FollowUpNote note, Principal who) {
        FollowUpView done = ratings.callBack(hall, id, note == null ? null : note.note(), who.getName());
        audit.record(who.getName(), "follow-up-call-back", hall, "ticket " + id, AuditTrail.caller(), "");
        return done;
    }

    @PostMapping("/api/halls/{hall}/follow-ups/{id}/resolve")
    FollowUpView resolve(@PathVariable("hall") String hall, @PathVariable("id") String id,
                         @RequestBody FollowUpNote note, Principal who) {
        FollowUpView done = ratings.resolve(hall, id, note == null ? null : note.note(), who.getName());
        audit.record(who.getName(), "follow-up-resolve", hall, "ticket " + id, AuditTrail.caller(), "");
        return done;
    }

    private LocalDate day(String hall, String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(halls.get(hall).timeZone());
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be yyyy-MM-dd");
        }
    }
}
