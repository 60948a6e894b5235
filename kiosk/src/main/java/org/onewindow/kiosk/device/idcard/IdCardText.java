package org.onewindow.kiosk.device.idcard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.identity.CitizenIdNumber;

/**
 * The 256-byte text block (UTF-16LE, space padded) of the three card kinds, read and written.
 * Offsets are in bytes, as in the reader's documentation (docs/devices.md).
 */
final class IdCardText {

    public static final int SIZE = 256;
    private static final Logger log = LoggerFactory.getLogger(IdCardText.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String LONG_TERM = "长期";

    private IdCardText() {
    }

    /** Reads a card; refuses a block no genuine card holds. */
    public static IdCard parse(byte[] text, CardPhoto photo) throws IdCardFormatException {
        if (text.length != SIZE) {
            throw new IdCardFormatException("text block is " + text.length + " bytes, not " + SIZE);
        }
        String flagField = field(text, 248, 2);
        char flag = flagField.isEmpty() ? ' ' : flagField.charAt(0);
        return switch (flag) {
            case 'I' -> foreigner(text, photo);
            case 'J' -> resident(text, photo, CardKind.HMT_RESIDENCE_PERMIT);
            case ' ' -> resident(text, photo, CardKind.RESIDENT);
            default -> {
                // Newer foreigner cards use other letters; the flag says nothing about the person.
                log.warn("Unknown card-type flag '{}': reading it as a resident-layout card", flag);
                yield resident(text, photo, CardKind.RESIDENT);
            }
        };
    }

    private static IdCard resident(byte[] t, CardPhoto photo, CardKind kind) throws IdCardFormatException {
        String number = field(t, 122, 36);
        CitizenIdNumber id = CitizenIdNumber.parse(number).orElseThrow(
                () -> new IdCardFormatException("ID number fails its check character or birth date"));
        if (kind == CardKind.HMT_RESIDENCE_PERMIT && !number.matches("8[123]0000.*")) {
            throw new IdCardFormatException("a residence permit's number starts 810000, 820000 or 830000");
        }
        return new IdCard(kind, field(t, 0, 30), "1".equals(field(t, 30, 2)), date(t, 36, "birth date"), number,
                "CHN", date(t, 188, "valid-from date"), validTo(t, 204), photo);
    }

    private static IdCard foreigner(byte[] t, CardPhoto photo) throws IdCardFormatException {
        String chinese = field(t, 158, 30);
        String name = chinese.isEmpty() ? field(t, 0, 120) : chinese;
        String number = field(t, 122, 30);
        if (!number.matches("[A-Z0-9]{6,30}")) {
            throw new IdCardFormatException("foreigner card number has the wrong shape");
        }
        return new IdCard(CardKind.FOREIGN_PERMANENT_RESIDENT, name, "1".equals(field(t, 120, 2)),
                date(t, 220, "birth date"), number, field(t, 152, 6), date(t, 188, "issue date"), validTo(t, 204), photo);
    }

    /** Writes the block a reader would send for {@code card} (simulated readers, tests). */
    public static byte[] encode(IdCard card, String address, String authority) {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        for (int i = 0; i < SIZE; i += 2) {
            b.put(i, (byte) ' ').put(i + 1, (byte) 0);
        }
        String to = card.validTo().map(DAY::format).orElse(LONG_TERM);
        if (card.kind() == CardKind.FOREIGN_PERMANENT_RESIDENT) {
            put(b, 0, 120, card.name());
            put(b, 120, 2, card.male() ? "1" : "2");
            put(b, 122, 30, card.number());
            put(b, 152, 6, card.nationality());
            put(b, 158, 30, card.name());
            put(b, 188, 16, DAY.format(card.validFrom()));
            put(b, 204, 16, to);
            put(b, 220, 16, DAY.format(card.birthDate()));
            put(b, 236, 4, "02");
            put(b, 240, 8, authority);
            put(b, 248, 2, "I");
        } else {
            put(b, 0, 30, card.name());
            put(b, 30, 2, card.male() ? "1" : "2");
            put(b, 32, 4, card.kind() == CardKind.RESIDENT ? "01" : "");
            put(b, 36, 16, DAY.format(card.birthDate()));
            put(b, 52, 70, address);
            put(b, 122, 36, card.number());
            put(b, 158, 30, authority);
            put(b, 188, 16, DAY.format(card.validFrom()));
            put(b, 204, 16, to);
            put(b, 248, 2, card.kind() == CardKind.RESIDENT ? " " : "J");
        }
        return b.array();
    }

    private static void put(ByteBuffer b, int offset, int bytes, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < Math.min(v.length, bytes); i++) {
            b.put(offset + i, v[i]);
        }
    }

    private static String field(byte[] t, int offset, int bytes) {
        return new String(t, offset, bytes, StandardCharsets.UTF_16LE).strip();
    }

    private static LocalDate date(byte[] t, int offset, String what) throws IdCardFormatException {
        String text = field(t, offset, 16);
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new IdCardFormatException(what + " is not a date");
        }
    }

    private static Optional<LocalDate> validTo(byte[] t, int offset) throws IdCardFormatException {
        return field(t, offset, 16).startsWith(LONG_TERM) ? Optional.empty()
                : Optional.of(date(t, offset, "valid-to date"));
    }
}
