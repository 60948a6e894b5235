package org.onewindow.server.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read the server's metrics ({@code /actuator/prometheus}): the monitoring system's
 * scrapers, each by the SHA-256 of its bearer token (docs/operations.md, "Monitoring"). None: no
 * one reads them.
 */
@ConfigurationProperties("onewindow.monitoring")
record MonitoringSettings(List<Scraper> scrapers) {

    MonitoringSettings {
        scrapers = scrapers == null ? List.of() : List.copyOf(scrapers);
    }

    /**
     * @param name        who scrapes, e.g. the province's Prometheus; the principal's name
     * @param tokenSha256 hex SHA-256 of the token it sends as {@code Authorization: Bearer}
     */
    record Scraper(String name, String tokenSha256) {
    }
}
