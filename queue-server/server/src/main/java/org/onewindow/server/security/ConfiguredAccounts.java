package org.onewindow.server.security;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.server.accounts.AccountSeeds;
import org.onewindow.server.accounts.RegisteredDevice;
import org.onewindow.server.accounts.StaffAccount;

/**
 * The accounts and devices of onewindow.security.users and .devices, as seeds of the records
 * database. They are checked at start, so a device without a hall, a window screen without a
 * window or an unknown kind stops the server rather than getting access it should not have. An
 * account without a password hash (the production profile's first manager before its variable is
 * set) is left out.
 */
@Component
class ConfiguredAccounts implements AccountSeeds {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredAccounts.class);
    static final String SEED = "seed";

    private final List<StaffAccount> staff;
    private final List<RegisteredDevice> devices;

    ConfiguredAccounts(SecuritySettings settings, Clock clock) {
        Instant now = clock.instant();
        this.staff = settings.users().stream()
                .filter(u -> {
                    boolean hashed = u.passwordHash() != null && !u.passwordHash().isBlank();
                    if (!hashed) {
                        log.warn("Staff account {} has no password hash and is not added (production: set "
                                + "ONEWINDOW_FIRST_MANAGER_PASSWORD_HASH)", u.username());
                    }
                    return hashed;
                })
                .map(u -> new StaffAccount(u.username(), u.displayName(), u.passwordHash(), u.roles() == null ? List.of() : u.roles(),
                        List.of(), List.of(), false, SEED, now, SEED, now))
                .toList();
        Set<String> ids = new HashSet<>();
        this.devices = settings.devices().stream().map(d -> device(d, now)).peek(d -> {
            if (!ids.add(d.id())) {
                throw new IllegalStateException("device " + d.id() + " is registered twice");
            }
        }).toList();
    }

    private static RegisteredDevice device(SecuritySettings.Device d, Instant now) {
        DeviceKind kind;
        try {
            kind = DeviceKind.valueOf(d.kind());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("device " + d.id() + " has an unknown kind " + d.kind());
        }
        try {
            new DeviceAccount(d.id(), kind, d.hall(), d.window());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (d.tokenSha256() == null || !d.tokenSha256().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException("device " + d.id() + " needs the hex SHA-256 of its token");
        }
        return new RegisteredDevice(d.id(), kind.name(), d.hall(), kind.servesOneWindow() ? d.window() : null,
                d.tokenSha256().toLowerCase(Locale.ROOT), null, false, SEED, now, null);
    }

    @Override
    public List<StaffAccount> staff() {
        return staff;
    }

    @Override
    public List<RegisteredDevice> devices() {
        return devices;
    }
}
