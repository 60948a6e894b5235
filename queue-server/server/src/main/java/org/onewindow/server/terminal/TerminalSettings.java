package org.onewindow.server.terminal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the terminals' identity look-ups (docs/mqtt.md).
 *
 * @param lookupsPerDeviceMinute  a terminal's look-ups of persons' data a minute (default 30)
 * @param lookupsPerPersonMinute  look-ups of one person's data a minute, whichever terminal asks (default 10)
 */
@ConfigurationProperties("onewindow.terminal")
record TerminalSettings(Integer lookupsPerDeviceMinute, Integer lookupsPerPersonMinute) {

    TerminalSettings {
        lookupsPerDeviceMinute = lookupsPerDeviceMinute == null ? 30 : lookupsPerDeviceMinute;
        lookupsPerPersonMinute = lookupsPerPersonMinute == null ? 10 : lookupsPerPersonMinute;
    }
}
