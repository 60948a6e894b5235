package org.onewindow.server.records;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When what is closed leaves Redis: a delivered case and a resolved follow-up are let go this long
 * after they closed, and only once the records hold them as they are.
 *
 * @param afterDays days a closed case or resolved follow-up stays in Redis (a week: the desk and
 *                  the terminals still look at last week's results, from the faster store)
 */
@ConfigurationProperties("onewindow.records.release")
public record ReleaseSettings(@DefaultValue("7") int afterDays) {

    public ReleaseSettings {
        if (afterDays < 1) {
            throw new IllegalArgumentException("onewindow.records.release.after-days must be at least 1, not " + afterDays);
        }
    }

    Duration after() {
        return Duration.ofDays(afterDays);
    }
}
