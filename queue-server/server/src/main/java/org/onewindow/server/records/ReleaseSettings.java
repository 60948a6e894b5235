package org.onewindow.server.records;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.onewindow.server.queue.BusinessDay;

/**
 * When what is closed leaves Redis: a delivered case and a resolved follow-up are let go this long
 * after they closed, and only once the records hold them as they are.
 *
 * @param afterDays        days a closed case or resolved follow-up stays in Redis (a week: the desk
 *                         and the terminals still look at last week's results, from the faster store)
 * @param pastDayAfterDays days after a business day that its keys leave Redis (two: a service is
 *                         rated by phone until the next day, and its rating belongs to its day)
 */
@ConfigurationProperties("onewindow.records.release")
public record ReleaseSettings(@DefaultValue("7") int afterDays, @DefaultValue("2") int pastDayAfterDays) {

    public ReleaseSettings {
        if (afterDays < 1) {
            throw new IllegalArgumentException("onewindow.records.release.after-days must be at least 1, not " + afterDays);
        }
        if (pastDayAfterDays < 2 || pastDayAfterDays >= BusinessDay.KEYS_KEPT.toDays() - 1) {
            throw new IllegalArgumentException("onewindow.records.release.past-day-after-days must be from 2 (a rating "
                    + "comes until the next day) to " + (BusinessDay.KEYS_KEPT.toDays() - 2) + " (days expire after "
                    + BusinessDay.KEYS_KEPT.toDays() + "), not " + pastDayAfterDays);
        }
    }

    Duration after() {
        return Duration.ofDays(afterDays);
    }
}
