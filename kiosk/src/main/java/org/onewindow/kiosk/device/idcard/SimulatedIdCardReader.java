package org.onewindow.kiosk.device.idcard;

import java.util.Optional;

/**
 * A reader twin for laptops and demos: a card lies on it after {@link #present} until {@link #remove};
 * {@link #fail} makes it a reader that no longer answers, until {@link #repair}.
 */
public final class SimulatedIdCardReader implements IdCardReader {

    private volatile IdCard card;
    private volatile String fault;

    public void present(IdCard card) {
        this.card = card;
    }

    public void remove() {
        this.card = null;
    }

    /** Every read fails with these words, as an unplugged reader's do. */
    public void fail(String words) {
        this.fault = words;
    }

    public void repair() {
        this.fault = null;
    }

    @Override
    public Optional<IdCard> read() throws IdCardReaderException {
        String failing = fault;
        if (failing != null) {
            throw new IdCardReaderException(failing);
        }
        return Optional.ofNullable(card);
    }

    @Override
    public void close() {
        card = null;
    }
}
