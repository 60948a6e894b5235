package org.onewindow.server.accounts;

import java.time.Instant;
import java.util.List;

/** The bodies the accounts' and devices' operations take and answer with. */
final class AccountRequests {

    private AccountRequests() {
    }

    /**
     * A new account; {@code password} left out: the server makes one and answers it once. {@code scope}
     * left out: every hall, which only a manager who has every hall may grant.
     */
    record NewAccount(String username, String displayName, List<String> roles, List<String> allowedHalls,
                      List<String> allowedWindows, ScopeBody scope, String password) {
    }

    /** What a manager may change of an account besides its password and whether it is enabled; no scope: kept. */
    record AccountChange(String displayName, List<String> allowedHalls, List<String> allowedWindows, ScopeBody scope) {
    }

    /** An account's scope: hall ids and six-digit division codes; both empty, every hall. */
    record ScopeBody(List<String> halls, List<String> regions) {

        static ScopeBody of(AccountScope s) {
            return new ScopeBody(s.halls(), s.regions());
        }
    }

    /** A password typed by the manager; left out (or no body): the server makes one. */
    record PasswordReset(String password) {
    }

    record NewDevice(String id, String kind, String hall, String window) {
    }

    /** An account as the console shows it: never its password hash. */
    record AccountView(String username, String displayName, List<String> roles, List<String> allowedHalls,
                       List<String> allowedWindows, ScopeBody scope, boolean disabled, String createdBy, Instant createdAt,
                       String changedBy, Instant changedAt) {

        static AccountView of(StaffAccount a) {
            return new AccountView(a.username(), a.displayName(), a.roles(), a.allowedHalls(), a.allowedWindows(),
                    ScopeBody.of(a.scope()), a.disabled(), a.createdBy(), a.createdAt(), a.changedBy(), a.changedAt());
        }
    }

    /** The account and, when the server made it, the password: shown this once and kept nowhere. */
    record AccountWithPassword(AccountView account, String password) {
    }

    /** A device as the console shows it: never its token, nor the token's hash. */
    record DeviceView(String id, String kind, String hall, String window, boolean disabled, String createdBy,
                      Instant createdAt, Instant rotatedAt) {

        static DeviceView of(RegisteredDevice d) {
            return new DeviceView(d.id(), d.kind(), d.hall(), d.window(), d.disabled(), d.createdBy(), d.createdAt(),
                    d.rotatedAt());
        }
    }

    /**
     * The device and its new token: shown this once; only its SHA-256 is kept. And where it reaches
     * its hall's broker, its {@code mqtt.url}.
     */
    record DeviceWithToken(DeviceView device, String token, String mqttUrl) {
    }
}
