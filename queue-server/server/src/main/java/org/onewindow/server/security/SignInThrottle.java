package org.onewindow.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing, for the consoles' sign-in and HTTP Basic alike (ADR 0020). Counted per
 * account (however its name is spelt), per client address, and per account at each address:
 * <ul>
 *   <li>five wrong passwords in a row for an account from one address pause it there;</li>
 *   <li>once an account has had five in a row from anywhere, every address has only
 *       {@value #ALLOWANCE_WHILE_PAUSED} tries at it until the guessing stops: the clerk at their own
 *       window PC still gets in, a guesser spread over many addresses gets few tries from each;</li>
 *   <li>twenty wrong passwords from one address, on whatever accounts, pause that address.</li>
 * </ul>
 * A pause lasts until five minutes after the last wrong password it counts. Every try is counted
 * as wrong before its password is checked and taken back when it was right, so parallel tries
 * cannot slip in together past a limit. Kept per server instance, in memory: a guesser gains little
 * by spreading tries over instances, and a restart does not lock anyone out.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ALLOWANCE_WHILE_PAUSED = 3;
    static final int ADDRESS_LIMIT = 20;
    static final Duration PAUSE = Duration.ofMinutes(5);
    /** Keys held in each count: far more than a hall has staff or PCs, small enough to be a few MB. */
    static final int CAPACITY = 10_000;

    private final RecentFailures byAccount = new RecentFailures(CAPACITY, PAUSE);
    private final RecentFailures byAddress = new RecentFailures(CAPACITY, PAUSE);
    private final RecentFailures byAccountAtAddress = new RecentFailures(CAPACITY, PAUSE);
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The name as sign-in matches it: {@code clerk07}, {@code CLERK07} and {@code cLErK07 } are one account. */
    static String account(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Starts a try: empty if the password may be checked (the try is then counted as wrong until
     * {@link #succeeded}), or how long to wait.
     */
    synchronized Optional<Duration> begin(String username, String address) {
        Instant now = clock.instant();
        String account = account(username);
        String pair = account + " " + address;
        RecentFailures.Count fromAddress = byAddress.at(address, now);
        RecentFailures.Count ofAccount = byAccount.at(account, now);
        RecentFailures.Count atAddress = byAccountAtAddress.at(pair, now);
        Instant until = now;
        if (fromAddress.failures() >= ADDRESS_LIMIT) {
            until = latest(until, byAddress.quietAt(fromAddress));
        }
        if (atAddress.failures() >= ACCOUNT_LIMIT) {
            until = latest(until, byAccountAtAddress.quietAt(atAddress));
        }
        if (ofAccount.failures() >= ACCOUNT_LIMIT && atAddress.failures() >= ALLOWANCE_WHILE_PAUSED) {
            until = latest(until, byAccount.quietAt(ofAccount));
        }
        if (until.isAfter(now)) {
            return Optional.of(Duration.between(now, until));
        }
        byAddress.add(address, now);
        byAccount.add(account, now);
        byAccountAtAddress.add(pair, now);
        return Optional.empty();
    }

    /**
     * The password was right: the account starts counting again, everywhere. The address keeps
     * its other failures, so a guesser cannot wipe them by signing in to an account of their own.
     */
    synchronized void succeeded(String username, String address) {
        String account = account(username);
        byAccount.forget(account);
        byAccountAtAddress.forget(account + " " + address);
        byAddress.takeBack(address, clock.instant());
    }

    /** Keys held in all counts together, at most three times {@link #CAPACITY}. */
    synchronized int tracked() {
        return byAccount.size() + byAddress.size() + byAccountAtAddress.size();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
