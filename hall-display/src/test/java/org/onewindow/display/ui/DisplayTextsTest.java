package org.onewindow.display.ui;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTextsTest {

    @ParameterizedTest
    @CsvSource({
            "0, 1 分钟, 1 min",
            "89, 1 分钟, 1 min",
            "91, 2 分钟, 2 min",
            "600, 10 分钟, 10 min",
            "700, 10 分钟, 10 min",
            "760, 15 分钟, 15 min",
            "3540, 1 小时, 1 h",
            "3600, 1 小时, 1 h",
            "5400, 1 小时 30 分钟, 1 h 30 min",
            "7500, 2 小时 5 分钟, 2 h 5 min"})
    void predictedWaitsAreRoundedAsPeopleSayThem(long seconds, String chinese, String english) {
        assertThat(new DisplayTexts(Locale.CHINESE).waitTime(seconds)).isEqualTo(chinese);
        assertThat(new DisplayTexts(Locale.ENGLISH).waitTime(seconds)).isEqualTo(english);
    }
}
