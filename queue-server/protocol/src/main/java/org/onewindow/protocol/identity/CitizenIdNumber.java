package org.onewindow.protocol.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * An 18-character citizen ID number (GB 11643): 6-digit region, 8-digit birth date, 3-digit
 * sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 *
 * <p>{@link #toString()} never reveals the number, so an instance that slips into a log line
 * leaks nothing.
 */
public final class CitizenIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** No one alive was born earlier; GB 11643 numbers were first issued to people born after it. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** The first time zone to start a day: "today" there is the latest date a newborn anywhere can have. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final String value;
    private final LocalDate birthDate;

    private CitizenIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and checks a number against today's date wherever a day has begun, for callers with
     * no clock of their own (a card reader). See {@link #parse(String, LocalDate)}.
     */
    public static Optional<CitizenIdNumber> parse(String text) {
        return parse(text, LocalDate.now(EARLIEST_ZONE));
    }

    /**
     * Parses and checks a number; a lowercase x is accepted. Returns empty when the length,
     * digits or check character is wrong, or the birth date is not a real day from
     * {@link #EARLIEST_BIRTH_DATE} to {@code today}: a number whose check character is right
     * but whose holder is not born yet was made up, not misread.
     */
    public static Optional<CitizenIdNumber> parse(String text, LocalDate today) {
        return Optional.ofNullable(text)
                .map(t -> t.trim().toUpperCase(Locale.ROOT))
                .filter(CitizenIdNumber::hasValidShape)
                .filter(t -> t.charAt(17) == checkCharacter(t))
                .flatMap(t -> birthDateOf(t)
                        .filter(d -> !d.isBefore(EARLIEST_BIRTH_DATE) && !d.isAfter(today))
                        .map(d -> new CitizenIdNumber(t, d)));
    }

    /** Whether the text is a valid number today. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Whether the text is a valid number on {@code today}. */
    public static boolean isValid(String text, LocalDate today) {
        return parse(text, today).isPresent();
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The normalised number (uppercase X). Only for hashing; never log it. */
    public String value() {
        return value;
    }

    /** The birth date encoded in the number. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Whole years of age on a day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Whether the sequence digit says male (odd) or female (even). */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    private static boolean hasValidShape(String t) {
        if (t.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(t.charAt(i)) || t.charAt(i) > '9') {
                return false;
            }
        }
        char last = t.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    private static Optional<LocalDate> birthDateOf(String t) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(t.substring(6, 10)),
                    Integer.parseInt(t.substring(10, 12)),
                    Integer.parseInt(t.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitizenIdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "CitizenIdNumber[hidden]";
    }
}
