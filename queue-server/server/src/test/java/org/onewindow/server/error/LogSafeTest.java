package org.onewindow.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndOtherControlCharactersAreWrittenOutNotObeyed() {
        assertThat(LogSafe.of("a\nb\rc\td\u001be\u2028f\u202eg")).isEqualTo("a\\nb\\rc\\td\\u001be\\u2028f\\u202eg");
    }

    @Test
    void onlyTheFirst64CharactersAreKept() {
        assertThat(LogSafe.of("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(LogSafe.of("x".repeat(1_000_000))).isEqualTo("x".repeat(64) + "…");
    }

    @Test
    void aLongerLimitKeepsMoreAndStillWritesOutControlCharacters() {
        assertThat(LogSafe.of("x".repeat(400) + "yz", 400)).isEqualTo("x".repeat(400) + "…");
        assertThat(LogSafe.of("reason=a\nb", 400)).isEqualTo("reason=a\\nb");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(LogSafe.of("clerk01 王芳 20261125-A001")).isEqualTo("clerk01 王芳 20261125-A001");
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }
}
