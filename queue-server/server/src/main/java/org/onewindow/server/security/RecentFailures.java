package org.onewindow.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong passwords counted under a key (an account, an address, or both), forgotten once a key
 * has had none for {@code quiet}. At most {@code capacity} keys are held: past that, the key
 * whose last failure is oldest goes first, so a guesser sending ever new names cannot grow the
 * heap. Each new key costs the guesser a password check, which is what keeps such a flood from
 * pushing out an account under attack before its pause has run out anyway. Not thread-safe:
 * {@link SignInThrottle} holds its lock.
 */
final class RecentFailures {

    /** How many failures in a row, and when the last one was. */
    record Count(int failures, Instant last) {
    }

    private final Duration quiet;
    private final Map<String, Count> counts;

    RecentFailures(int capacity, Duration quiet) {
        this.quiet = quiet;
        // Insertion order, and each change re-inserts: the eldest entry is the least recently failed.
        this.counts = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Failures in a row under the key, 0 once it has been quiet for long enough. */
    Count at(String key, Instant now) {
        Count c = counts.get(key);
        if (c == null || !now.isBefore(c.last().plus(quiet))) {
            return new Count(0, now);
        }
        return c;
    }

    void add(String key, Instant now) {
        int before = at(key, now).failures();
        counts.remove(key);
        counts.put(key, new Count(before + 1, now));
    }

    /** Takes back one failure counted before the password was checked, which turned out right. */
    void takeBack(String key, Instant now) {
        Count c = at(key, now);
        if (c.failures() <= 1) {
            counts.remove(key);
        } else {
            counts.put(key, new Count(c.failures() - 1, c.last()));
        }
    }

    void forget(String key) {
        counts.remove(key);
    }

    /** When the key's count is forgotten, measured from its last failure. */
    Instant quietAt(Count c) {
        return c.last().plus(quiet);
    }

    int size() {
        return counts.size();
    }
}
