package org.onewindow.kiosk.device.idcard;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a reader and reports each presentation of a card once: a card left lying on the reader
 * is not read again and again; lifted and laid down again, it is. Reader faults go to the health
 * listener and polling goes on.
 */
public final class IdCardWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IdCardWatcher.class);

    /** What a watcher reports. Called on the watcher's thread. */
    public interface Listener {
        void cardRead(IdCard card);

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
    private boolean cardPresent;

    public IdCardWatcher(IdCardReader reader, Duration interval, Listener listener) {
        this.reader = reader;
        this.interval = interval;
        this.listener = listener;
        this.thread = new Thread(this::run, "idcard-watcher");
        thread.setDaemon(true);
        thread.start();
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
            fault("");
            if (card.isEmpty()) {
                cardPresent = false;
            } else if (!cardPresent) {
                cardPresent = true;
                listener.cardRead(card.get());
            }
        } catch (IdCardFormatException e) {
            if (!cardPresent) {
                cardPresent = true;
                log.warn("Card refused: {}", e.getMessage());
                listener.cardRejected(e.getMessage());
            }
        } catch (IdCardReaderException e) {
            fault(e.getMessage());
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
