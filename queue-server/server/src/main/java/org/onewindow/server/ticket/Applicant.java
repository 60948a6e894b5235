package org.onewindow.server.ticket;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.onewindow.protocol.identity.CitizenIdNumber;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.server.error.InvalidFieldException;

/**
 * Who takes a ticket, reduced to what the server may keep: a person key, a masked name and,
 * for a resident ID number, the age. The number itself goes no further than this class.
 */
public record Applicant(String personKey, String maskedName, OptionalInt age) {

    static final Applicant ANONYMOUS = new Applicant("", "", OptionalInt.empty());

    /** Other documents: foreigner's permanent residence card, passports, permits. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9]{6,30}");
    private static final Pattern RESIDENT_SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int MAX_NAME_LENGTH = 60;

    public static Applicant from(Identity identity, PersonKeys keys, LocalDate today) {
        if (identity == null) {
            return ANONYMOUS;
        }
        String number = identity.idNumber() == null ? "" : identity.idNumber().strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw new InvalidFieldException("identity.idNumber", "is required when an identity is given");
        }
        // Cleaned before anything else, so what is measured, masked and kept has no bidi override,
        // zero-width, line-break or escape character left to garble a board.
        String name = NameMask.clean(identity.name());
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("identity.name", "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        OptionalInt age = OptionalInt.empty();
        if (RESIDENT_SHAPE.matcher(number).matches()) {
            CitizenIdNumber id = CitizenIdNumber.parse(number, today).orElseThrow(() -> new InvalidFieldException(
                    "identity.idNumber", "is not a valid ID number (wrong check character, or a birth date that is "
                    + "not a real day from " + CitizenIdNumber.EARLIEST_BIRTH_DATE + " to today)"));
            age = OptionalInt.of(id.ageOn(today));
        } else if (!OTHER_DOCUMENT.matcher(number).matches()) {
            throw new InvalidFieldException("identity.idNumber", "must be 6-30 letters and digits");
        }
        return new Applicant(keys.of(number), NameMask.mask(name), age);
    }

    public boolean isAnonymous() {
        return personKey.isEmpty();
    }

    @Override
    public String toString() {
        return "Applicant[" + (isAnonymous() ? "anonymous" : "identified") + "]";
    }
}
