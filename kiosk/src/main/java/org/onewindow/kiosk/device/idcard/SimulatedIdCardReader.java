package org.onewindow.kiosk.device.idcard;

import java.util.Optional;

/** A reader twin for laptops and demos: a card lies on it after {@link #present} until {@link #remove}. */
public final class SimulatedIdCardReader implements IdCardReader {

    private volatile IdCard card;

    public void present(IdCard card) {
        this.card = card;
    }

    public void remove() {
        this.card = null;
    }

    @Override
    public Optional<IdCard> read() {
        return Optional.ofNullable(card);
    }

    @Override
    public void close() {
        card = null;
    }
}
