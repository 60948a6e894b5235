package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.protocol.identity.CitizenIdNumber;

/**
 * Any 256-byte text block reads as a card a genuine card could be, or is refused with
 * {@link IdCardFormatException}: nothing else reaches the kiosk's card handling.
 */
class IdCardTextFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextBlockReadsAsAPlausibleCardOrIsRefused(byte[] data) {
        byte[] text = Arrays.copyOf(data, IdCardText.SIZE);
        IdCard card;
        try {
            card = IdCardText.parse(text, new CardPhoto(new byte[0]));
        } catch (IdCardFormatException refused) {
            return;
        }
        assertThat(card.kind()).isNotNull();
        assertThat(card.name()).isNotNull();
        assertThat(card.birthDate()).isNotNull();
        assertThat(card.validFrom()).isNotNull();
        assertThat(card.validTo()).isNotNull();
        if (card.kind() == CardKind.FOREIGN_PERMANENT_RESIDENT) {
            assertThat(card.number()).matches("[A-Z0-9]{6,30}");
        } else {
            assertThat(CitizenIdNumber.isValid(card.number())).as("a resident card's number is valid").isTrue();
        }
    }
}
