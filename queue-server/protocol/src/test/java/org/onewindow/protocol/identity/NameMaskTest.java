package org.onewindow.protocol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void keepsOnlyTheFirstCharacter() {
        assertThat(NameMask.mask("张三")).isEqualTo("张*");
        assertThat(NameMask.mask("欧阳娜娜")).isEqualTo("欧***");
        assertThat(NameMask.mask("王")).isEqualTo("王*");
        assertThat(NameMask.mask("JOHN SMITH")).isEqualTo("J*** *****");
        assertThat(NameMask.mask("阿依古丽·买买提")).isEqualTo("阿***·***");
    }

    @Test
    void rareCharactersOutsideTheBasicPlaneCountAsOne() {
        assertThat(NameMask.mask("𠮷田")).isEqualTo("𠮷*");
    }

    @Test
    void blankNamesStayBlank() {
        assertThat(NameMask.mask(null)).isEmpty();
        assertThat(NameMask.mask("  ")).isEmpty();
    }

    @Test
    void bidiOverridesZeroWidthLineBreaksAndEscapesNeverReachTheMask() {
        assertThat(NameMask.mask("\u202E张三")).isEqualTo("张*");
        assertThat(NameMask.mask("张\u200B\u200D三\u2066")).isEqualTo("张*");
        assertThat(NameMask.mask("张三\n王五")).isEqualTo("张***");
        assertThat(NameMask.mask("\u001B[2J张三\r\u2028")).isEqualTo("[****");
        assertThat(NameMask.mask("\u200B\u202E")).isEmpty();
    }

    @Test
    void cleaningKeepsEveryLetterAndTheSeparatorDot() {
        assertThat(NameMask.clean(" 阿依古丽·买买提\u200F ")).isEqualTo("阿依古丽·买买提");
        assertThat(NameMask.clean("𠮷田")).isEqualTo("𠮷田");
        assertThat(NameMask.clean("JOHN\tSMITH")).isEqualTo("JOHNSMITH");
    }
}
