package org.onewindow.server.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * Signs and checks appointment codes with the deployment's secret. 120 bits of HMAC-SHA256 are
 * kept: short enough for a small QR code, far beyond guessing.
 */
@Component
public class AppointmentSigner {

    private static final String PURPOSE = "appointment-code";
    private static final int SIGNATURE_BYTES = 15;

    private final PersonKeys keys;

    public AppointmentSigner(PersonKeys keys) {
        this.keys = keys;
    }

    public AppointmentCode sign(String hallId, String appointmentId, LocalDate date) {
        AppointmentCode unsigned = new AppointmentCode(hallId, appointmentId, date, "");
        return new AppointmentCode(hallId, appointmentId, date, signatureOf(unsigned.signedPart()));
    }

    /**
     * Whether the code was made by this deployment and not altered (constant-time compare): with
     * the current key, or during a rotation the previous one, as slips printed before it are out
     * in people's hands until their day.
     */
    public boolean isGenuine(AppointmentCode code) {
        byte[] given = code.signature().getBytes(StandardCharsets.US_ASCII);
        return keys.acceptedSignatures(PURPOSE, code.signedPart()).stream()
                .anyMatch(mac -> MessageDigest.isEqual(text(mac).getBytes(StandardCharsets.US_ASCII), given));
    }

    private String signatureOf(String signedPart) {
        return text(keys.sign(PURPOSE, signedPart));
    }

    private static String text(byte[] mac) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, SIGNATURE_BYTES));
    }
}
