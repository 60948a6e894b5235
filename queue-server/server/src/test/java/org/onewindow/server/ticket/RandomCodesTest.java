package org.onewindow.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RandomCodesTest {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Test
    void codesUseEveryCharacterOfTheAlphabetAboutEquallyAndNoOther() {
        Map<Character, Integer> seen = new HashMap<>();
        for (int i = 0; i < 3_200; i++) {
            String code = RandomCodes.next(10);
            assertThat(code).hasSize(10);
            for (char c : code.toCharArray()) {
                seen.merge(c, 1, Integer::sum);
            }
        }
        assertThat(seen.keySet()).allMatch(c -> ALPHABET.indexOf(c) >= 0).hasSize(32);
        // 1,000 expected of each; a skewed mapping of bytes would leave some far from it.
        assertThat(seen.values()).allMatch(n -> n > 800 && n < 1_200);
    }
}
