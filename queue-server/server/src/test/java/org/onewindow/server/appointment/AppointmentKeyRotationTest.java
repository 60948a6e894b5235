package org.onewindow.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/** A slip printed before the identity key was rotated is still checked in during the rotation. */
class AppointmentKeyRotationTest {

    private static AppointmentSigner signer(IdentitySettings settings) {
        return new AppointmentSigner(new PersonKeys(settings, "unused"));
    }

    @Test
    void aCodeSignedWithThePreviousKeyIsGenuineOnlyWhileThatKeyIsKept() {
        AppointmentCode printed = signer(new IdentitySettings("old-key")).sign("linxia", "a1b2c3", LocalDate.of(2026, 11, 30));

        assertThat(signer(new IdentitySettings("new-key", "", "old-key", "")).isGenuine(printed)).isTrue();
        assertThat(signer(new IdentitySettings("new-key")).isGenuine(printed)).isFalse();
        assertThat(signer(new IdentitySettings("new-key", "", "old-key", "")).sign("linxia", "a1b2c3", LocalDate.of(2026, 11, 30)))
                .isEqualTo(signer(new IdentitySettings("new-key")).sign("linxia", "a1b2c3", LocalDate.of(2026, 11, 30)));
    }
}
