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
}
