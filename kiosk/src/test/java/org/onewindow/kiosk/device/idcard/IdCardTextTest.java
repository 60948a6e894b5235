package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.identity.CitizenIdNumber;

class IdCardTextTest {

    private static IdCard roundTrip(IdCard card) throws IdCardFormatException {
        return IdCardText.parse(IdCardText.encode(card, "甘肃省临夏市红园路1号", "临夏市公安局"), card.photo());
    }

    @Test
    void aResidentCardReadsBackField() throws Exception {
        IdCard card = roundTrip(SampleCards.ADULT);

        assertThat(card.kind()).isEqualTo(CardKind.RESIDENT);
        assertThat(card.name()).isEqualTo("李明");
        assertThat(card.male()).isTrue();
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 8, 15));
        assertThat(card.number()).isEqualTo("622901199008150032");
        assertThat(card.validTo()).contains(LocalDate.of(2040, 1, 10));
        assertThat(card.photo().raw()).isEqualTo(SampleCards.ADULT.photo().raw());
    }

    @Test
    void longTermValidityHasNoEnd() throws Exception {
        IdCard card = roundTrip(SampleCards.ELDERLY);

        assertThat(card.validTo()).isEmpty();
        assertThat(card.isExpiredOn(LocalDate.of(2090, 1, 1))).isFalse();
        assertThat(card.ageOn(LocalDate.of(2026, 11, 24))).isEqualTo(76);
    }

    @Test
    void foreignerAndHongKongCardsAreToldApartByTheirFlag() throws Exception {
        IdCard foreigner = roundTrip(SampleCards.FOREIGNER);
        IdCard permit = roundTrip(SampleCards.HONG_KONG_RESIDENT);

        assertThat(foreigner.kind()).isEqualTo(CardKind.FOREIGN_PERMANENT_RESIDENT);
        assertThat(foreigner.nationality()).isEqualTo("USA");
        assertThat(foreigner.number()).isEqualTo("USA150985040210");
        assertThat(foreigner.birthDate()).isEqualTo(LocalDate.of(1985, 4, 2));
        assertThat(permit.kind()).isEqualTo(CardKind.HMT_RESIDENCE_PERMIT);
        assertThat(permit.number()).startsWith("810000");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        IdCard forged = new IdCard(CardKind.RESIDENT, "李明", true, LocalDate.of(1976, 8, 5), "110101197608056896",
                "CHN", LocalDate.of(2020, 1, 1), Optional.empty(), new CardPhoto(new byte[1024]));

        assertThatThrownBy(() -> roundTrip(forged)).isInstanceOf(IdCardFormatException.class)
                .hasMessageContaining("check character");
    }

    @Test
    void aCardOfSomeoneBornIn2099IsRefusedThoughItsCheckCharacterIsRight() {
        String first17 = "62290120990815003";
        String number = first17 + CitizenIdNumber.checkCharacter(first17);
        IdCard forged = new IdCard(CardKind.RESIDENT, "李明", true, LocalDate.of(2099, 8, 15), number,
                "CHN", LocalDate.of(2020, 1, 1), Optional.empty(), new CardPhoto(new byte[1024]));

        assertThatThrownBy(() -> roundTrip(forged)).isInstanceOf(IdCardFormatException.class)
                .hasMessageContaining("birth date");
    }

    @Test
    void anExpiredCardSaysSo() throws Exception {
        assertThat(roundTrip(SampleCards.EXPIRED).isExpiredOn(LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void theCardNeverPrintsThePerson() {
        assertThat(SampleCards.ADULT.toString()).doesNotContain("李明").doesNotContain("6229");
        assertThat(new String(IdCardText.encode(SampleCards.ADULT, "", ""), StandardCharsets.UTF_16LE))
                .contains("李明");
    }
}
