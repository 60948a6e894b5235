package org.onewindow.server.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of an appointment's QR code: {@code OWA1.<hall>.<appointment id>.<yyyyMMdd>.<signature>}.
 * Hall and date are in the clear so a kiosk can say "other hall" or "not today" without a
 * lookup; the signature (HMAC, see {@link AppointmentSigner}) makes every part tamper-evident.
 * ASCII only, so every printer and scanner handles it.
 *
 * @param hallId         hall that issued the code
 * @param appointmentId  appointment
 * @param date           day of the appointment
 * @param signature      base64url signature over the other parts
 */
public record AppointmentCode(String hallId, String appointmentId, LocalDate date, String signature) {

    static final String VERSION = "OWA1";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Reads a scanned code; empty when it does not have the shape of an appointment code. */
    public static Optional<AppointmentCode> parse(String text) {
        if (text == null || text.length() > 256) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        for (int i = 1; i < 5; i++) {
            if (!PART.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new AppointmentCode(parts[1], parts[2], LocalDate.parse(parts[3], DAY), parts[4]));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What the signature covers. */
    public String signedPart() {
        return VERSION + "." + hallId + "." + appointmentId + "." + date.format(DAY);
    }

    /** The full code as printed. */
    public String text() {
        return signedPart() + "." + signature;
    }

    @Override
    public String toString() {
        return "AppointmentCode[" + hallId + "/" + appointmentId + "/" + date + "]";
    }
}
