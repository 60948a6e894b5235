package org.onewindow.server.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.onewindow.server.accounts.AccountRequests.AccountChange;
import org.onewindow.server.accounts.AccountRequests.NewAccount;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * The manager's changes to staff accounts, within their scope ({@link StaffScopes}): checked whole
 * before anything is written, written to the records database, then the {@link AccountDirectory}
 * read again so they apply at once. A password the server makes comes from {@link SecureRandom}
 * and is answered once; only its bcrypt hash is kept. Devices: {@link DeviceChanges}.
 */
@Component
class AccountChanges {

    /** Shorter passwords are refused; longer than bcrypt reads are refused too, rather than cut. */
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 72;
    private static final Set<String> ROLES = Set.of("CLERK", "MANAGER", "GUIDE");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern WINDOW = Pattern.compile("[0-9A-Za-z-]{1,16}");
    /** No 0/O, 1/l/I: a made password is read off the screen and typed. */
    private static final char[] PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final AccountStore store;
    private final AccountDirectory directory;
    private final HallDirectory halls;
    private final StaffScopes scopes;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountChanges(AccountStore store, AccountDirectory directory, HallDirectory halls, StaffScopes scopes,
                   PasswordEncoder encoder, Clock clock) {
        this.scopes = scopes;
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
        AccountScope scope = scopes.granted(by, body.scope());
        String made = body.password() == null || body.password().isEmpty() ? madePassword() : null;
        String password = made != null ? made : checkedPassword(body.password());
        Instant now = clock.instant();
        StaffAccount account = new StaffAccount(username, displayName, encoder.encode(password), roles, allowedHalls,
                allowedWindows, scope, false, by, now, by, now);
        scopes.requireManageable(by, account);
        requireAllowedHallsIn(scope, allowedHalls);
        if (!write(() -> store.insertStaff(account))) {
            throw new ConflictException("ACCOUNT_EXISTS", "an account named " + username + " exists already");
        }
        return new AccountRequests.AccountWithPassword(AccountRequests.AccountView.of(reread(username)), made);
    }

    /** The account as changed, and the scope it had before (the audit trail records both). */
    record Changed(StaffAccount account, AccountScope scopeBefore) {
    }

    Changed change(String asked, AccountChange body, String by) {
        StaffAccount before = existing(asked);
        String username = before.username();
        scopes.requireManageable(by, before);
        if (body == null) {
            throw new InvalidFieldException("displayName", "required");
        }
        String displayName = displayName(body.displayName());
        List<String> allowedHalls = allowedHalls(body.allowedHalls());
        List<String> allowedWindows = allowedWindows(body.allowedWindows());
        AccountScope scope = body.scope() == null ? before.scope() : scopes.granted(by, body.scope());
        StaffAccount after = new StaffAccount(username, displayName, before.passwordHash(), before.roles(), allowedHalls,
                allowedWindows, scope, before.disabled(), before.createdBy(), before.createdAt(), by, clock.instant());
        scopes.requireManageable(by, after);
        requireAllowedHallsIn(scope, allowedHalls);
        if (!scope.everywhere() && before.scope().everywhere() && isLastEverywhereManager(before)) {
            throw new ConflictException("LAST_MANAGER", "the last enabled manager of every hall cannot be given a narrower scope");
        }
        write(() -> store.setProfile(username, displayName, allowedHalls, allowedWindows, scope, by, clock.instant()));
        return new Changed(reread(username), before.scope());
    }

    /** The halls a clerk may sign in at lie in the account's scope: one outside it could never be used. */
    private void requireAllowedHallsIn(AccountScope scope, List<String> allowedHalls) {
        for (String h : allowedHalls) {
            if (!scope.covers(halls.find(h).orElse(null))) {
                throw new InvalidFieldException("allowedHalls", "hall '" + h + "' is outside the account's scope");
            }
        }
    }

    private boolean isLastEverywhereManager(StaffAccount account) {
        return account.roles().contains("MANAGER") && !account.disabled() && directory.staff().stream()
                .filter(a -> !a.disabled() && a.roles().contains("MANAGER") && a.scope().everywhere()).count() <= 1;
    }

    StaffAccount setDisabled(String asked, boolean disabled, String by) {
        StaffAccount account = existing(asked);
        String username = account.username();
        scopes.requireManageable(by, account);
        if (disabled && username.equalsIgnoreCase(by)) {
            throw new ConflictException("OWN_ACCOUNT", "a manager cannot disable their own account");
        }
        if (disabled && account.roles().contains("MANAGER") && !account.disabled() && enabledManagers() <= 1) {
            throw new ConflictException("LAST_MANAGER", "the last enabled manager cannot be disabled");
        }
        if (disabled && account.scope().everywhere() && isLastEverywhereManager(account)) {
            throw new ConflictException("LAST_MANAGER", "the last enabled manager of every hall cannot be disabled");
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
        StaffAccount account = existing(asked);
        scopes.requireManageable(by, account);
        String username = account.username();
        String made = typed == null || typed.isEmpty() ? madePassword() : null;
        String password = made != null ? made : checkedPassword(typed);
        write(() -> store.setPassword(username, encoder.encode(password), by, clock.instant()));
        reread(username);
        directory.withdrawn(username);
        return made;
    }

    private StaffAccount existing(String username) {
        return directory.staff(username).orElseThrow(() -> new NotFoundException("account", username));
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

    /** A write or read of the records database; while it is away, 503 and nothing changed. */
    static boolean write(Supplier<Boolean> change) {
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
            String id = hall(halls, "allowedHalls", h).id();
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

    /** The hall of that id, or 400 on the field. */
    static Hall hall(HallDirectory halls, String field, String id) {
        String wanted = id == null ? "" : id.strip();
        return halls.find(wanted)
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

}
