package org.onewindow.server.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.server.accounts.AccountRequests.AccountChange;
import org.onewindow.server.accounts.AccountRequests.NewAccount;
import org.onewindow.server.accounts.AccountRequests.NewDevice;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * The manager's changes to accounts and devices: checked whole before anything is written, written
 * to the records database, then the {@link AccountDirectory} read again so they apply at once.
 * Passwords and tokens the server makes come from {@link SecureRandom} and are answered once; only
 * a bcrypt hash of a password and the SHA-256 of a token are kept, with the token's hash for
 * Mosquitto's password file, which can be made only now that the token is known.
 */
@Component
class AccountChanges {

    /** Shorter passwords are refused; longer than bcrypt reads are refused too, rather than cut. */
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 72;
    private static final Set<String> ROLES = Set.of("CLERK", "MANAGER", "GUIDE");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern WINDOW = Pattern.compile("[0-9A-Za-z-]{1,16}");
    /** No 0/O, 1/l/I: a made password is read off the screen and typed. */
    private static final char[] PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final AccountStore store;
    private final AccountDirectory directory;
    private final HallDirectory halls;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final String serverMqttUsername;
    /** Asked only when a device is answered: the broker connections are made after the accounts. */
    private final ObjectProvider<DeviceBrokers> brokers;

    AccountChanges(AccountStore store, AccountDirectory directory, HallDirectory halls, PasswordEncoder encoder, Clock clock,
                   @Value("${onewindow.mqtt.username:onewindow-server}") String serverMqttUsername,
                   ObjectProvider<DeviceBrokers> brokers) {
        this.serverMqttUsername = serverMqttUsername;
        this.brokers = brokers;
        this.store = store;
        this.directory = directory;
        this.halls = halls;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The new account and the password made for it (null when the manager typed one). */
    AccountRequests.AccountWithPassword create(NewAccount body, String by) {
        if (body == null) {
            throw new InvalidFieldException("username", "required");
        }
        String username = body.username() == null ? "" : body.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username", "2 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        String displayName = displayName(body.displayName());
        List<String> roles = roles(body.roles());
        List<String> allowedHalls = allowedHalls(body.allowedHalls());
        List<String> allowedWindows = allowedWindows(body.allowedWindows());
        String made = body.password() == null || body.password().isEmpty() ? madePassword() : null;
        String password = made != null ? made : checkedPassword(body.password());
        Instant now = clock.instant();
        StaffAccount account = new StaffAccount(username, displayName, encoder.encode(password), roles, allowedHalls,
                allowedWindows, false, by, now, by, now);
        if (!write(() -> store.insertStaff(account))) {
            throw new ConflictException("ACCOUNT_EXISTS", "an account named " + username + " exists already");
        }
        return new AccountRequests.AccountWithPassword(AccountRequests.AccountView.of(reread(username)), made);
    }

    StaffAccount change(String asked, AccountChange body, String by) {
        String username = existing(asked).username();
        if (body == null) {
            throw new InvalidFieldException("displayName", "required");
        }
        String displayName = displayName(body.displayName());
        List<String> allowedHalls = allowedHalls(body.allowedHalls());
        List<String> allowedWindows = allowedWindows(body.allowedWindows());
        write(() -> store.setProfile(username, displayName, allowedHalls, allowedWindows, by, clock.instant()));
        return reread(username);
    }

    StaffAccount setDisabled(String asked, boolean disabled, String by) {
        StaffAccount account = existing(asked);
        String username = account.username();
        if (disabled && username.equalsIgnoreCase(by)) {
            throw new ConflictException("OWN_ACCOUNT", "a manager cannot disable their own account");
        }
        if (disabled && account.roles().contains("MANAGER") && !account.disabled() && enabledManagers() <= 1) {
            throw new ConflictException("LAST_MANAGER", "the last enabled manager cannot be disabled");
        }
        write(() -> store.setStaffDisabled(username, disabled, by, clock.instant()));
        StaffAccount changed = reread(username);
        if (disabled) {
            directory.withdrawn(username);
        }
        return changed;
    }

    /** The password made (null when the manager typed one); the account's sessions end. */
    String resetPassword(String asked, String typed, String by) {
        String username = existing(asked).username();
        String made = typed == null || typed.isEmpty() ? madePassword() : null;
        String password = made != null ? made : checkedPassword(typed);
        write(() -> store.setPassword(username, encoder.encode(password), by, clock.instant()));
        reread(username);
        directory.withdrawn(username);
        return made;
    }

    AccountRequests.DeviceWithToken register(NewDevice body, String by) {
        if (body == null) {
            throw new InvalidFieldException("id", "required");
        }
        String id = body.id() == null ? "" : body.id().strip();
        if (!DEVICE_ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "2 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        if (id.equalsIgnoreCase(serverMqttUsername)) {
            // The broker would take the device for the server's own account.
            throw new InvalidFieldException("id", "is the server's own MQTT account");
        }
        DeviceKind kind;
        try {
            kind = DeviceKind.valueOf(body.kind() == null ? "" : body.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "one of KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL");
        }
        Hall hall = hall("hall", body.hall());
        String window = null;
        if (kind.servesOneWindow()) {
            window = body.window() == null ? "" : body.window().strip();
            if (hall.window(window).isEmpty()) {
                throw new InvalidFieldException("window", "a window of hall " + hall.id() + " (a " + kind + " serves one)");
            }
        } else if (body.window() != null && !body.window().isBlank()) {
            throw new InvalidFieldException("window", "only a WINDOW_SCREEN or EVALUATOR names a window");
        }
        String token = madeToken();
        RegisteredDevice device = new RegisteredDevice(id, kind.name(), hall.id(), window, TokenHash.of(token), MosquittoPasswordHash.of(token), false, by,
                clock.instant(), null);
        if (!write(() -> store.insertDevice(device))) {
            throw new ConflictException("DEVICE_EXISTS", "a device with the id " + id + " is registered already");
        }
        return withToken(rereadDevice(id), token);
    }

    RegisteredDevice setDeviceDisabled(String id, boolean disabled) {
        existingDevice(id);
        write(() -> store.setDeviceDisabled(id, disabled));
        return rereadDevice(id);
    }

    AccountRequests.DeviceWithToken rotate(String id) {
        existingDevice(id);
        String token = madeToken();
        write(() -> store.rotate(id, TokenHash.of(token), MosquittoPasswordHash.of(token), clock.instant()));
        return withToken(rereadDevice(id), token);
    }

    private AccountRequests.DeviceWithToken withToken(RegisteredDevice device, String token) {
        DeviceBrokers known = brokers.getIfAvailable();
        return new AccountRequests.DeviceWithToken(AccountRequests.DeviceView.of(device), token,
                known == null ? null : known.urlFor(device.hall()));
    }

    private StaffAccount existing(String username) {
        return directory.staff(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    private RegisteredDevice existingDevice(String id) {
        return directory.device(id).orElseThrow(() -> new NotFoundException("device", id));
    }

    private long enabledManagers() {
        return directory.staff().stream().filter(a -> !a.disabled() && a.roles().contains("MANAGER")).count();
    }

    private StaffAccount reread(String username) {
        write(() -> {
            directory.refresh();
            return true;
        });
        return existing(username);
    }

    private RegisteredDevice rereadDevice(String id) {
        write(() -> {
            directory.refresh();
            return true;
        });
        return existingDevice(id);
    }

    /** A write or read of the records database; while it is away, 503 and nothing changed. */
    private static boolean write(Supplier<Boolean> change) {
        try {
            return change.get();
        } catch (DataAccessException | IllegalStateException e) {
            throw new UnavailableException("the accounts cannot be changed while the records database is away", RETRY, e);
        }
    }

    private static String displayName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new InvalidFieldException("displayName", "1 to 40 characters");
        }
        return name;
    }

    private static List<String> roles(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidFieldException("roles", "at least one of CLERK, MANAGER, GUIDE");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String r : values) {
            if (r == null || !ROLES.contains(r)) {
                throw new InvalidFieldException("roles", "each one of CLERK, MANAGER, GUIDE");
            }
            roles.add(r);
        }
        return List.copyOf(roles);
    }

    private List<String> allowedHalls(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String h : values == null ? List.<String>of() : values) {
            String id = hall("allowedHalls", h).id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> allowedWindows(List<String> values) {
        List<String> windows = new ArrayList<>();
        for (String w : values == null ? List.<String>of() : values) {
            String no = w == null ? "" : w.strip();
            if (!WINDOW.matcher(no).matches()) {
                throw new InvalidFieldException("allowedWindows", "window numbers such as 5");
            }
            if (!windows.contains(no)) {
                windows.add(no);
            }
        }
        if (windows.size() > 100) {
            throw new InvalidFieldException("allowedWindows", "at most 100");
        }
        return windows;
    }

    private Hall hall(String field, String id) {
        String wanted = id == null ? "" : id.strip();
        return halls.all().stream().filter(h -> h.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "no hall '" + org.onewindow.server.error.LogSafe.of(wanted) + "'"));
    }

    private static String checkedPassword(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new InvalidFieldException("password", "at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw new InvalidFieldException("password", "at most " + MAX_PASSWORD + " bytes");
        }
        return password;
    }

    private String madePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_LETTERS[random.nextInt(PASSWORD_LETTERS.length)]);
        }
        return password.toString();
    }

    private String madeToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
