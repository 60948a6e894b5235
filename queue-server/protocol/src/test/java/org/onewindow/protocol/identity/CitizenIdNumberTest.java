package org.onewindow.protocol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524188001010014", " 440524188001010014 "})
    void acceptsValidNumbers(String number) {
        assertThat(CitizenIdNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101197608056896", "11010519491231002", "1101051949123100201", "11010519491331002X",
            "1101051949123100AX", "", "11010519490230002X"})
    void refusesWrongCheckLengthDigitsOrDates(String number) {
        assertThat(CitizenIdNumber.isValid(number)).isFalse();
    }

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        assertThat(CitizenIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(CitizenIdNumber.checkCharacter("11010119760805689")).isEqualTo('7');
    }

    @Test
    void ageAndSexComeFromTheNumber() {
        CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002X").orElseThrow();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.ageOn(LocalDate.of(2026, 12, 30))).isEqualTo(76);
        assertThat(id.ageOn(LocalDate.of(2026, 12, 31))).isEqualTo(77);
        assertThat(id.isMale()).isFalse();
    }

    @Test
    void theNumberNeverAppearsInItsTextForm() {
        assertThat(CitizenIdNumber.parse("11010519491231002X").orElseThrow().toString()).doesNotContain("110105");
    }
}
