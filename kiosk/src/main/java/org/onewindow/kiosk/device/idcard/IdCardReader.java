package org.onewindow.kiosk.device.idcard;

import java.util.Optional;

/** An ID card reader: one call, one attempt to find and read a card. */
public interface IdCardReader extends AutoCloseable {

    /**
     * Looks for a card and reads it.
     *
     * @return the card, or empty when none lies on the reader
     * @throws IdCardReaderException when the reader fails or the card cannot be read
     * @throws IdCardFormatException when the card's content is not what a genuine card holds
     */
    Optional<IdCard> read() throws IdCardReaderException, IdCardFormatException;

    @Override
    void close();
}
