package org.onewindow.server.rating;

import java.time.LocalDate;
import java.util.List;

import org.onewindow.protocol.rest.RatingView;

/**
 * Where the ratings of a past day are found after the day left Redis: the records keep them for
 * years, Redis only the live days (docs/records.md, "What leaves Redis").
 */
public interface RatingArchive {

    /** None: every rating is in Redis (a core without records, as in some tests). */
    RatingArchive NONE = (hallId, day) -> List.of();

    /** The recorded ratings of services of a business day; empty, never an error, when the records are away. */
    List<RatingView> ofDay(String hallId, LocalDate day);
}
