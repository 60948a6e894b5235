package org.onewindow.server.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts and device tokens.
 *
 * @param users          staff who sign in
 * @param devices        kiosks, boards, evaluators and terminals
 * @param consoleIdle    a console session ends after this long without a request (default 30 min)
 * @param consoleMaxAge  and at the latest this long after signing in (default 12 h)
 */
@ConfigurationProperties("onewindow.security")
record SecuritySettings(List<User> users, List<Device> devices, Duration consoleIdle, Duration consoleMaxAge) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        devices = devices == null ? List.of() : List.copyOf(devices);
        consoleIdle = consoleIdle == null ? Duration.ofMinutes(30) : consoleIdle;
        consoleMaxAge = consoleMaxAge == null ? Duration.ofHours(12) : consoleMaxAge;
    }

    /**
     * A staff account.
     *
     * @param username      sign-in name, recorded in the event log
     * @param passwordHash  {@code {bcrypt}...}
     * @param roles         CLERK and/or MANAGER, or GUIDE (the information desk)
     * @param displayName   the name colleagues see on the consoles, e.g. 王芳; the sign-in name when
     *                      left out. Never on a board, screen or anything a citizen sees.
     */
    record User(String username, String passwordHash, List<String> roles, String displayName) {

        User {
            displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        }
    }

    /**
     * A device.
     *
     * @param id           device id, e.g. kiosk-1
     * @param kind         KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR or TERMINAL
     * @param tokenSha256  hex SHA-256 of its bearer token, which is also its MQTT password
     * @param hall         the hall it stands in (required): on the broker it sees only that hall
     * @param window       the window of a WINDOW_SCREEN or EVALUATOR
     */
    record Device(String id, String kind, String tokenSha256, String hall, String window) {
    }
}
