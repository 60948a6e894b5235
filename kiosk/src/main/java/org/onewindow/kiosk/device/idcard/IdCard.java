package org.onewindow.kiosk.device.idcard;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a card reader read. {@link #toString()} hides the person: number and name must never
 * reach a log.
 *
 * @param kind         resident card, foreigner's permanent residence card or HMT permit
 * @param name         Chinese name; for a foreigner without one, the English name
 * @param male         sex
 * @param birthDate    date of birth
 * @param number       ID number (18 characters) or the foreigner's card number
 * @param nationality  ISO 3166 alpha-3 for foreigners, CHN otherwise
 * @param validFrom    start of validity
 * @param validTo      end of validity, empty for 长期 (long-term)
 * @param photo        raw photo bytes
 */
public record IdCard(CardKind kind, String name, boolean male, LocalDate birthDate, String number,
                     String nationality, LocalDate validFrom, Optional<LocalDate> validTo, CardPhoto photo) {

    /** Whether the card's validity ended before {@code day}. */
    public boolean isExpiredOn(LocalDate day) {
        return validTo.map(end -> end.isBefore(day)).orElse(false);
    }

    /** Age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        return "IdCard[" + kind + ", hidden]";
    }
}
