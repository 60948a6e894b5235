package org.onewindow.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "0, 零, ling2",
            "5, 五, wu3",
            "10, 十, shi2",
            "12, 十二, shi2 er4",
            "20, 二十, er4 shi2",
            "28, 二十八, er4 shi2 ba1",
            "100, 一百, yi1 bai3",
            "101, 一百零一, yi1 bai3 ling2 yi1",
            "110, 一百一十, yi1 bai3 yi1 shi2",
            "205, 二百零五, er4 bai3 ling2 wu3",
            "1001, 一千零一, yi1 qian1 ling2 yi1",
            "1010, 一千零一十, yi1 qian1 ling2 yi1 shi2",
            "9999, 九千九百九十九, jiu3 qian1 jiu3 bai3 jiu3 shi2 jiu3"})
    void numbersAreReadAsNumbers(int n, String hanzi, String pinyin) {
        assertThat(ChineseNumbers.hanzi(n)).isEqualTo(hanzi);
        assertThat(ChineseNumbers.pinyin(n)).isEqualTo(pinyin);
    }

    @Test
    void onlyFourDigitNumbersAreRead() {
        assertThatThrownBy(() -> ChineseNumbers.pinyin(10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumbers.pinyin(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
