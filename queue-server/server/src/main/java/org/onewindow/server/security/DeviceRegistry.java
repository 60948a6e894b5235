package org.onewindow.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.DeviceKind;

/**
 * The registered devices (onewindow.security.devices), as the broker and the features that answer
 * devices know them: checked once at start, so a device without a hall, a window screen without a
 * window or an unknown kind stops the server rather than getting access it should not have.
 */
@Component
public class DeviceRegistry {

    private record Entry(DeviceAccount account, byte[] tokenSha256) {
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    @Autowired
    DeviceRegistry(SecuritySettings settings) {
        this(settings.devices());
    }

    private DeviceRegistry(List<SecuritySettings.Device> registered) {
        for (SecuritySettings.Device d : registered) {
            DeviceKind kind;
            try {
                kind = DeviceKind.valueOf(d.kind());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException("device " + d.id() + " has an unknown kind " + d.kind());
            }
            DeviceAccount account = new DeviceAccount(d.id(), kind, d.hall(), d.window());
            if (d.tokenSha256() == null || !d.tokenSha256().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalStateException("device " + d.id() + " needs the hex SHA-256 of its token");
            }
            byte[] hash = HexFormat.of().parseHex(d.tokenSha256().toLowerCase(Locale.ROOT));
            if (byId.putIfAbsent(d.id(), new Entry(account, hash)) != null) {
                throw new IllegalStateException("device " + d.id() + " is registered twice");
            }
        }
    }

    /** A registry of these devices and tokens, as configured ones are read (for tools and tests). */
    public static DeviceRegistry of(Map<DeviceAccount, String> tokens) {
        return new DeviceRegistry(tokens.entrySet().stream().map(e -> new SecuritySettings.Device(e.getKey().id(),
                e.getKey().kind().name(), DeviceTokenFilter.sha256(e.getValue()), e.getKey().hallId(), e.getKey().windowNo()))
                .toList());
    }

    /** Every registered device, in the order of the configuration. */
    public List<DeviceAccount> all() {
        return byId.values().stream().map(Entry::account).toList();
    }

    public Optional<DeviceAccount> find(String deviceId) {
        return Optional.ofNullable(deviceId).map(byId::get).map(Entry::account);
    }

    /**
     * The device whose token this is: its SHA-256 is compared with the registered one in constant
     * time, so the time taken tells nothing of how close a guess came.
     */
    public Optional<DeviceAccount> authenticate(String deviceId, byte[] token) {
        Entry entry = deviceId == null ? null : byId.get(deviceId);
        if (entry == null || token == null) {
            return Optional.empty();
        }
        byte[] hash = DeviceTokenFilter.sha256Bytes(new String(token, StandardCharsets.UTF_8));
        return MessageDigest.isEqual(hash, entry.tokenSha256()) ? Optional.of(entry.account()) : Optional.empty();
    }
}
