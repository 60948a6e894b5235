package org.onewindow.server.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.database.RecordsSettings;

/**
 * The accounts and devices as last read from the records database. Sign-in, device tokens and the
 * broker's door read this copy, never the database, so they keep working while PostgreSQL is away:
 * with the last accounts it gave, or with the configuration's seeds when it has never answered.
 * Read again after every change made here and, on an installation's own PostgreSQL that other
 * instances share, every {@value #REFRESH_SECONDS} s for the changes they make.
 */
@Component
public class AccountDirectory implements AutoCloseable {

    static final long REFRESH_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);

    private record Snapshot(Map<String, StaffAccount> staff, Map<String, RegisteredDevice> devices) {
    }

    private final AccountStore store;
    private final AccountSeeds seeds;
    private final BooleanSupplier schemaReady;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> withdrawnListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "account-directory");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot snapshot;
    private volatile boolean seeded;

    /**
     * The embedded PostgreSQL is this server's alone (it listens on 127.0.0.1 on a port of its own),
     * so every change to it is made here and there is nothing to read again on a timer.
     */
    @Autowired
    AccountDirectory(AccountStore store, AccountSeeds seeds, RecordsSchema schema, RecordsSettings settings) {
        this(store, seeds, schema::ready, !settings.embedded());
    }

    AccountDirectory(AccountStore store, AccountSeeds seeds, BooleanSupplier schemaReady) {
        this(store, seeds, schemaReady, true);
    }

    private AccountDirectory(AccountStore store, AccountSeeds seeds, BooleanSupplier schemaReady, boolean sharedDatabase) {
        this.store = store;
        this.seeds = seeds;
        this.schemaReady = schemaReady;
        this.snapshot = new Snapshot(byKey(seeds.staff(), a -> a.username().toLowerCase(Locale.ROOT)), byKey(seeds.devices(), RegisteredDevice::id));
        refreshQuietly();
        if (sharedDatabase) {
            refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The account of a sign-in name, matched without regard to case or surrounding spaces. */
    public Optional<StaffAccount> staff(String username) {
        return Optional.ofNullable(username).map(n -> snapshot.staff().get(n.strip().toLowerCase(Locale.ROOT)));
    }

    public List<StaffAccount> staff() {
        return List.copyOf(snapshot.staff().values());
    }

    public Optional<RegisteredDevice> device(String id) {
        return Optional.ofNullable(id).map(snapshot.devices()::get);
    }

    public List<RegisteredDevice> devices() {
        return List.copyOf(snapshot.devices().values());
    }

    /** Called after the accounts or devices read have changed. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Called with the username whose sessions must end: disabled, or its password reset. */
    public void onAccessWithdrawn(Consumer<String> listener) {
        withdrawnListeners.add(listener);
    }

    void withdrawn(String username) {
        withdrawnListeners.forEach(l -> l.accept(username));
    }

    /** Reads the database again now; throws when it cannot be read. */
    void refresh() {
        if (!schemaReady.getAsBoolean()) {
            throw new IllegalStateException("the records database is not migrated yet");
        }
        if (!seeded) {
            seed();
        }
        Snapshot next = new Snapshot(byKey(store.allStaff(), a -> a.username().toLowerCase(Locale.ROOT)), byKey(store.allDevices(), RegisteredDevice::id));
        if (!next.equals(snapshot)) {
            snapshot = next;
            changeListeners.forEach(Runnable::run);
        }
    }

    private void seed() {
        long staff = seeds.staff().stream().filter(store::insertStaff).count();
        long devices = seeds.devices().stream().filter(store::insertDevice).count();
        seeded = true;
        if (staff + devices > 0) {
            log.info("Added {} staff accounts and {} devices from the configuration to the records database", staff, devices);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Accounts and devices not read from the records database ({}); using the last known ones", e.getMessage());
        }
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(key.apply(v), v));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
