package org.onewindow.server.remote;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * The code the entrance screen shows, which a phone scans to check in: the time slot signed with
 * the server's key for the hall. It changes every {@link #SLOT_SECONDS} and is good in its slot and
 * the one before, so a phone in the hall always succeeds and a photo taken home is soon worthless.
 */
@Component
public class EntranceTokens {

    public static final long SLOT_SECONDS = 30;
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,12}\\.[A-Za-z0-9_-]{16,32}");

    private final PersonKeys keys;
    private final Clock clock;

    public EntranceTokens(PersonKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The token of the current slot. */
    public String current(String hallId) {
        return keys.seal(purpose(hallId), Long.toString(slot(clock.instant())));
    }

    /** When the current token stops being shown (it stays good one slot longer). */
    public Instant nextChange() {
        return Instant.ofEpochSecond((slot(clock.instant()) + 1) * SLOT_SECONDS);
    }

    /** Whether a token is well formed at all (a malformed one is a 400, not a refusal). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Whether the token was made for this hall in the current or the previous slot. */
    public boolean valid(String hallId, String token) {
        if (!wellFormed(token)) {
            return false;
        }
        long now = slot(clock.instant());
        return keys.unseal(purpose(hallId), token).map(Long::parseLong)
                .filter(slot -> slot == now || slot == now - 1).isPresent();
    }

    private static long slot(Instant at) {
        return at.getEpochSecond() / SLOT_SECONDS;
    }

    private static String purpose(String hallId) {
        return "entrance:" + hallId;
    }
}
