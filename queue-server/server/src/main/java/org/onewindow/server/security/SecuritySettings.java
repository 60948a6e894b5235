package org.onewindow.server.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts and device tokens.
 *
 * @param users    staff who sign in
 * @param devices  kiosks, boards, evaluators and terminals
 */
@ConfigurationProperties("onewindow.security")
record SecuritySettings(List<User> users, List<Device> devices) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /**
     * A staff account.
     *
     * @param username      sign-in name, recorded in the event log
     * @param passwordHash  {@code {bcrypt}...}
     * @param roles         CLERK and/or MANAGER
     */
    record User(String username, String passwordHash, List<String> roles) {
    }

    /**
     * A device.
     *
     * @param id           device id, e.g. kiosk-1
     * @param kind         KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR or TERMINAL
     * @param tokenSha256  hex SHA-256 of its bearer token
     */
    record Device(String id, String kind, String tokenSha256) {
    }
}
