package org.onewindow.server.records.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the records keep personal data.
 *
 * @param personalDataDays days after a ticket's day, or after a case was closed, that its person
 *                         key and masked name are kept (ADR 0034: a year)
 */
@ConfigurationProperties("onewindow.records")
public record RetentionSettings(@DefaultValue("365") int personalDataDays) {

    public RetentionSettings {
        if (personalDataDays < 1) {
            throw new IllegalArgumentException("onewindow.records.personal-data-days must be at least 1, not "
                    + personalDataDays);
        }
    }
}
