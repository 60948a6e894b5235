package org.onewindow.kiosk.device.idcard;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a reader and reports each presentation of a card once: a card left lying on the reader
 * is not read again and again; lifted and laid down again, it is, and so is another card laid in
 * its place. Lifting is reported too, so the kiosk can forget whose turn it was. A reader is
 * reported faulty only after {@value #FAULT_AFTER} failed polls in a row: one spoilt answer on a
 * noisy line is not a fault, and a health flapping FAULT, OK, FAULT would call staff for nothing.
 */
public final class IdCardWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IdCardWatcher.class);

    /** Failed polls in a row before the reader counts as faulty. */
    static final int FAULT_AFTER = 3;

    /** What a watcher reports. Called on the watcher's thread. */
    public interface Listener {
        void cardRead(IdCard card);

        /** The card read (or refused) is no longer on the reader. */
        void cardLifted();

        /** The card could not be read or is not genuine; plain words for the citizen. */
        void cardRejected(String reason);

        /** The reader's health changed: empty when fine, else what is wrong. */
        void readerFault(String fault);
    }

    private final IdCardReader reader;
    private final Duration interval;
    private final Listener listener;
    private volatile boolean running = true;
    private final Thread thread;
    private String lastFault = "";
    private int failuresInARow;
    private boolean cardPresent;
    /** The number of the card lying on the reader, to tell another card laid in its place. */
    private String presentNumber = "";

    /** Starts polling {@code reader} every {@code interval}. */
    public IdCardWatcher(IdCardReader reader, Duration interval, Listener listener) {
        this(reader, interval, listener, true);
    }

    private IdCardWatcher(IdCardReader reader, Duration interval, Listener listener, boolean start) {
        this.reader = reader;
        this.interval = interval;
        this.listener = listener;
        this.thread = new Thread(this::run, "idcard-watcher");
        thread.setDaemon(true);
        if (start) {
            thread.start();
        }
    }

    /** A watcher that polls only when {@link #pollOnce} is called: its rules, poll by poll. */
    static IdCardWatcher unstarted(IdCardReader reader, Listener listener) {
        return new IdCardWatcher(reader, Duration.ZERO, listener, false);
    }

    private void run() {
        while (running) {
            pollOnce();
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void pollOnce() {
        try {
            Optional<IdCard> card = reader.read();
            failuresInARow = 0;
            fault("");
            if (card.isEmpty()) {
                if (cardPresent) {
                    cardPresent = false;
                    presentNumber = "";
                    listener.cardLifted();
                }
            } else if (!cardPresent || !presentNumber.equals(card.get().number())) {
                cardPresent = true;
                presentNumber = card.get().number();
                listener.cardRead(card.get());
            }
        } catch (IdCardFormatException e) {
            failuresInARow = 0;
            if (!cardPresent) {
                cardPresent = true;
                log.warn("Card refused: {}", e.getMessage());
                listener.cardRejected(e.getMessage());
            }
        } catch (IdCardReaderException e) {
            if (++failuresInARow >= FAULT_AFTER) {
                fault(e.getMessage());
            } else {
                log.debug("ID card reader failed {} time(s) in a row: {}", failuresInARow, e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Card listener failed", e);
        }
    }

    private void fault(String fault) {
        if (!fault.equals(lastFault)) {
            lastFault = fault;
            if (!fault.isEmpty()) {
                log.warn("ID card reader: {}", fault);
            }
            listener.readerFault(fault);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        reader.close();
    }
}
