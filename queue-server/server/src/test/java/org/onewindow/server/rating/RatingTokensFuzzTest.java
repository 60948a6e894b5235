package org.onewindow.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/**
 * Whatever token a phone or an evaluator sends, reading it gives a claim or nothing, never a
 * throw; a token the server did not seal gives nothing; even a sealed body of any shape gives a
 * claim or nothing; and every token the server issues reads back as its claim.
 */
class RatingTokensFuzzTest {

    private static final String PURPOSE = "rating";
    private final PersonKeys keys = new PersonKeys(new IdentitySettings("fuzz-secret"), "unused");
    private final RatingTokens tokens = new RatingTokens(keys);

    @FuzzTest(maxDuration = "10s")
    void anyTokenReadsAsNothingUnlessTheServerSealedIt(byte[] token) {
        assertThat(tokens.read(new String(token, StandardCharsets.UTF_8))).isEmpty();
    }

    @FuzzTest(maxDuration = "10s")
    void anySealedBodyReadsAsAClaimOrNothing(byte[] body) {
        Optional<RatingTokens.Claim> claim = tokens.read(keys.seal(PURPOSE, new String(body, StandardCharsets.UTF_8)));
        claim.ifPresent(c -> assertThat(c.expiresAt()).isNotNull());
    }

    @FuzzTest(maxDuration = "10s")
    void everyIssuedTokenReadsBackAsItsClaim(FuzzedDataProvider data) {
        RatingTokens.Claim claim = new RatingTokens.Claim(text(data), text(data), text(data),
                Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())));
        String token = tokens.issue(claim);
        if (token.length() > 400 || !survivesUtf8(claim)) {
            return;
        }
        assertThat(tokens.read(token)).contains(claim);
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeString(40);
    }

    /** Text with a lone surrogate cannot be UTF-8, in a token or anywhere else. */
    private static boolean survivesUtf8(RatingTokens.Claim c) {
        return java.util.stream.Stream.of(c.hallId(), c.ticketId(), c.windowNo())
                .allMatch(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s));
    }
}
