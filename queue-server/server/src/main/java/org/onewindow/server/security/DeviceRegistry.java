package org.onewindow.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.server.accounts.AccountDirectory;
import org.onewindow.server.accounts.MosquittoPasswordHash;
import org.onewindow.server.accounts.RegisteredDevice;

/**
 * The registered devices as the broker and the features that answer devices know them: the
 * enabled ones of the {@link AccountDirectory}, with their current tokens. A disabled device is
 * not here at all, and a rotated token's old value matches nothing, on REST as at the broker.
 */
@Component
public class DeviceRegistry {

    /** @param mosquittoPassword the token's line for Mosquitto's password file; null when none was made */
    private record Entry(DeviceAccount account, byte[] tokenSha256, String mosquittoPassword) {
    }

    private record Devices(Map<String, Entry> byId, Map<String, Entry> byTokenHash) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeviceRegistry.class);

    private final Supplier<List<RegisteredDevice>> source;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Devices devices;

    @Autowired
    DeviceRegistry(AccountDirectory directory) {
        this(directory::devices);
        directory.onChange(this::reload);
    }

    private DeviceRegistry(Supplier<List<RegisteredDevice>> source) {
        this.source = source;
        reload();
    }

    private void reload() {
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<String, Entry> byHash = new LinkedHashMap<>();
        for (RegisteredDevice d : source.get()) {
            if (d.disabled()) {
                continue;
            }
            Entry entry;
            try {
                entry = new Entry(new DeviceAccount(d.id(), DeviceKind.valueOf(d.kind()), d.hall(), d.window()),
                        HexFormat.of().parseHex(d.tokenSha256()), d.mosquittoPassword());
            } catch (IllegalArgumentException | NullPointerException e) {
                // A row written by hand that no device could use: it opens nothing, the others still work.
                log.warn("Device {} is left out: {}", d.id(), e.getMessage());
                continue;
            }
            byId.put(d.id(), entry);
            byHash.put(d.tokenSha256(), entry);
        }
        devices = new Devices(byId, byHash);
        listeners.forEach(Runnable::run);
    }

    /** A registry of these devices and tokens, as configured ones are read (for tools and tests). */
    public static DeviceRegistry of(Map<DeviceAccount, String> tokens) {
        List<RegisteredDevice> devices = tokens.entrySet().stream().map(e -> new RegisteredDevice(e.getKey().id(),
                e.getKey().kind().name(), e.getKey().hallId(), e.getKey().windowNo(), DeviceTokenFilter.sha256(e.getValue()),
                MosquittoPasswordHash.of(e.getValue()), false, ConfiguredAccounts.SEED, Instant.EPOCH, null)).toList();
        return new DeviceRegistry(() -> devices);
    }

    /** Every enabled device, in the order they were registered. */
    public List<DeviceAccount> all() {
        return devices.byId().values().stream().map(Entry::account).toList();
    }

    /**
     * The Mosquitto password-file hash of every enabled device that has one, by device id, in the
     * order they were registered. Secret like the tokens: never logged.
     */
    public Map<String, String> mosquittoPasswords() {
        Map<String, String> hashes = new LinkedHashMap<>();
        devices.byId().forEach((id, entry) -> {
            if (entry.mosquittoPassword() != null) {
                hashes.put(id, entry.mosquittoPassword());
            }
        });
        return hashes;
    }

    public Optional<DeviceAccount> find(String deviceId) {
        return Optional.ofNullable(deviceId).map(devices.byId()::get).map(Entry::account);
    }

    /**
     * The device whose token this is: its SHA-256 is compared with the registered one in constant
     * time, so the time taken tells nothing of how close a guess came.
     */
    public Optional<DeviceAccount> authenticate(String deviceId, byte[] token) {
        Entry entry = deviceId == null ? null : devices.byId().get(deviceId);
        if (entry == null || token == null) {
            return Optional.empty();
        }
        byte[] hash = DeviceTokenFilter.sha256Bytes(new String(token, StandardCharsets.UTF_8));
        return MessageDigest.isEqual(hash, entry.tokenSha256()) ? Optional.of(entry.account()) : Optional.empty();
    }

    /** The device a bearer token belongs to, looked up by the token's SHA-256 (no device id comes with it). */
    Optional<DeviceAccount> byToken(String token) {
        return Optional.ofNullable(devices.byTokenHash().get(DeviceTokenFilter.sha256(token))).map(Entry::account);
    }

    /** Called after every change of the devices, once this registry knows it. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
