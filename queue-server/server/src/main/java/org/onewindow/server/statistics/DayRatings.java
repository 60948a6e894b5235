package org.onewindow.server.statistics;

import java.time.LocalDate;
import java.util.List;

import org.onewindow.protocol.rest.RatingView;

/** Where the day's ratings come from (the rating feature), for the figures of the day. */
public interface DayRatings {

    /** The ratings of services of a business day. */
    List<RatingView> ofDay(String hallId, LocalDate day);
}
