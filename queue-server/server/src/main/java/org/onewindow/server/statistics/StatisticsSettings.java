package org.onewindow.server.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long statistics are kept.
 *
 * @param keepSummaries  how long a past day's summary stays in Redis after it was made; the day's
 *                       tickets themselves expire three days after it (docs/adr/0008)
 */
@ConfigurationProperties("onewindow.statistics")
record StatisticsSettings(Duration keepSummaries) {

    StatisticsSettings {
        keepSummaries = keepSummaries == null ? Duration.ofDays(1096) : keepSummaries;
    }
}
