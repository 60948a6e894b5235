package org.onewindow.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallPhraseTest {

    @Test
    void ticketIsSpeltAndWindowIsReadAsANumber() {
        CallPhrase phrase = CallPhrase.of("A012", "5");
        assertThat(phrase.text()).isEqualTo("请 A012 号 到 5 号窗口办理");
        assertThat(phrase.pinyin()).isEqualTo("qing3 A ling2 yi1 er4 hao4, dao4 wu3 hao4 chuang1 kou3 ban4 li3.");
    }

    @Test
    void twoDigitWindowsAreNumbersNotDigits() {
        assertThat(CallPhrase.of("H105", "28").pinyin())
                .contains("H yi1 ling2 wu3 hao4")
                .contains("dao4 er4 shi2 ba1 hao4");
    }

    @Test
    void aWindowThatIsNotANumberIsSpelt() {
        assertThat(CallPhrase.of("b7", "A3").pinyin()).isEqualTo("qing3 B qi1 hao4, dao4 A san1 hao4 chuang1 kou3 ban4 li3.");
    }

    @Test
    void signsThatCannotBeSaidAreLeftOut() {
        assertThat(CallPhrase.of("A-01", "5").pinyin()).startsWith("qing3 A ling2 yi1 hao4,");
    }
}
