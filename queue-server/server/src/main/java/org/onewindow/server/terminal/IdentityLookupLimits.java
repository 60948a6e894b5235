package org.onewindow.server.terminal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.onewindow.server.error.RefusedException;

/**
 * How often a person's data may be looked up over the broker (cases.mine, locker.mine, locker.open,
 * appointments.mine, appointments.cancel, ratings.mine, ratings.submit): per terminal and per person,
 * in windows of a minute. A citizen at a terminal needs a handful a minute; a stolen terminal token
 * trying ID numbers one after another is slowed to a trickle. Counts are kept in memory with a
 * bound on how many are kept (the least recently seen are forgotten first), so a flood of made-up
 * identities cannot exhaust the server; each server instance counts for itself.
 */
@Component
class IdentityLookupLimits {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Counters kept at most, of devices and of persons each. */
    static final int KEPT = 10_000;

    private record Count(long window, int n) {
    }

    private final Clock clock;
    private final int perDevice;
    private final int perPerson;
    private final Map<String, Count> devices = bounded();
    private final Map<String, Count> persons = bounded();

    IdentityLookupLimits(Clock clock, TerminalSettings settings) {
        this.clock = clock;
        // A terminal serves one citizen at a time, who needs a handful a minute.
        this.perDevice = settings.lookupsPerDeviceMinute();
        this.perPerson = settings.lookupsPerPersonMinute();
    }

    /** Counts one look-up; refuses with TOO_MANY_REQUESTS when the device or the person is over its limit. */
    synchronized void count(String deviceId, String personKey) {
        long window = clock.millis() / WINDOW.toMillis();
        boolean deviceOver = over(devices, deviceId, window, perDevice);
        boolean personOver = over(persons, personKey, window, perPerson);
        if (deviceOver || personOver) {
            throw new RefusedException("TOO_MANY_REQUESTS",
                    "too many look-ups just now; please try again in a minute");
        }
    }

    /** How many counters are kept, of devices and persons together. */
    synchronized int counted() {
        return devices.size() + persons.size();
    }

    private static boolean over(Map<String, Count> counts, String key, long window, int limit) {
        Count before = counts.get(key);
        Count now = before == null || before.window() != window ? new Count(window, 1) : new Count(window, before.n() + 1);
        counts.put(key, now);
        return now.n() > limit;
    }

    private static Map<String, Count> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > KEPT;
            }
        };
    }
}
