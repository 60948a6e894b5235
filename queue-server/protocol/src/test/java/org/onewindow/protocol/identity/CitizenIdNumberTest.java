package org.onewindow.protocol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524190001010017", " 440524190001010017 "})
    void acceptsValidNumbers(String number) {
        assertThat(CitizenIdNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101197608056896", "11010519491231002", "1101051949123100201", "11010519491331002X",
            "1101051949123100AX", "", "11010519490230002X"})
    void refusesWrongCheckLengthDigitsOrDates(String number) {
        assertThat(CitizenIdNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20991231", "20261125", "18991231", "20260230"})
    void refusesABirthDateNotYetComeBefore1900OrNotOnTheCalendar(String birthDate) {
        String first17 = "110105" + birthDate + "002";
        String number = first17 + CitizenIdNumber.checkCharacter(first17);

        assertThat(CitizenIdNumber.isValid(number, LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void someoneBornTodayOrOnTheFirstDayOf1900IsAccepted() {
        String today = "11010520261124002";
        String first = "11010519000101002";

        assertThat(CitizenIdNumber.isValid(today + CitizenIdNumber.checkCharacter(today), LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(CitizenIdNumber.isValid(first + CitizenIdNumber.checkCharacter(first), LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void withoutADateGivenTheFarFutureIsRefused() {
        String first17 = "11010520991231002";

        assertThat(CitizenIdNumber.isValid(first17 + CitizenIdNumber.checkCharacter(first17))).isFalse();
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
