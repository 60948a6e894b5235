package org.onewindow.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/**
 * Whatever a kiosk's scanner read, parsing gives an appointment code or nothing, never a throw;
 * a parsed code prints as text that parses back to itself; and no scanned text the server did
 * not sign passes as genuine, while every code it signed does.
 */
class AppointmentCodeFuzzTest {

    private final AppointmentSigner signer = new AppointmentSigner(new PersonKeys(new IdentitySettings("fuzz-secret"), "unused"));

    @FuzzTest(maxDuration = "10s")
    void anyScannedTextParsesToACodeOrNothing(byte[] scanned) {
        Optional<AppointmentCode> code = AppointmentCode.parse(new String(scanned, StandardCharsets.UTF_8));
        if (code.isEmpty()) {
            return;
        }
        assertThat(AppointmentCode.parse(code.get().text())).contains(code.get());
        assertThat(signer.isGenuine(code.get())).as("an unsigned code passes as genuine").isFalse();
    }

    @FuzzTest(maxDuration = "10s")
    void everySignedCodeReadsBackAsGenuine(FuzzedDataProvider data) {
        String hall = data.consumeString(64);
        String appointment = data.consumeString(64);
        LocalDate day = LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(2000, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()));
        String id = "[A-Za-z0-9_-]{1,64}";
        if (!hall.matches(id) || !appointment.matches(id)) {
            return;
        }
        AppointmentCode signed = signer.sign(hall, appointment, day);
        Optional<AppointmentCode> read = AppointmentCode.parse(signed.text());
        assertThat(read).contains(signed);
        assertThat(signer.isGenuine(read.get())).isTrue();
    }
}
