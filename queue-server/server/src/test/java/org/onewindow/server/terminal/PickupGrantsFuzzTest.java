package org.onewindow.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/**
 * Whatever token a 24-hour terminal sends, reading it gives a grant or nothing, never a throw;
 * a token the server did not seal gives nothing; even a sealed body of any shape gives an
 * unexpired grant or nothing; and every grant the server issues reads back as issued.
 */
class PickupGrantsFuzzTest {

    private static final String PURPOSE = "locker-pickup";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final PersonKeys keys = new PersonKeys(new IdentitySettings("fuzz-secret"), "unused");
    private final PickupGrants grants = new PickupGrants(keys, Clock.fixed(NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "10s")
    void anyTokenReadsAsNothingUnlessTheServerSealedIt(byte[] token) {
        assertThat(grants.read(new String(token, StandardCharsets.UTF_8))).isEmpty();
    }

    @FuzzTest(maxDuration = "10s")
    void anySealedBodyReadsAsAnUnexpiredGrantOrNothing(byte[] body) {
        Optional<PickupGrants.Grant> grant = grants.read(keys.seal(PURPOSE, new String(body, StandardCharsets.UTF_8)));
        grant.ifPresent(g -> assertThat(g.expiresAt()).isAfter(NOW));
    }

    @FuzzTest(maxDuration = "10s")
    void everyIssuedGrantReadsBackAsIssued(FuzzedDataProvider data) {
        String hall = data.consumeString(40);
        String device = data.consumeString(40);
        String caseNo = data.consumeString(40);
        int slot = data.consumeInt();
        String token = grants.issue(hall, device, caseNo, slot);
        if (token.length() > 300 || !survivesUtf8(hall) || !survivesUtf8(device) || !survivesUtf8(caseNo)) {
            return;
        }
        assertThat(grants.read(token)).contains(new PickupGrants.Grant(hall, device, caseNo, slot, NOW.plus(PickupGrants.VALID)));
    }

    /** Text with a lone surrogate cannot be UTF-8, in a token or anywhere else. */
    private static boolean survivesUtf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }
}
