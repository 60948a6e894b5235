package org.onewindow.display.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks calls one after another on its own thread: a chime, then the phrase {@code repeat}
 * times. An announcement is never cut off by the next; calls made meanwhile wait their turn. A
 * recall of a ticket whose call is still waiting its turn adds nothing, as the citizen will hear
 * that call anyway. A call that waited longer than {@code maxAge} (the display was offline, the
 * queue was long) is dropped: the board still shows it, but speaking it would send people to a
 * window that has moved on.
 */
public final class Announcer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Announcer.class);

    /** One call to speak. */
    record Announcement(String ticketNumber, String windowNo, Instant calledAt) {

        /** e.g. "A012-5": for logs and recorded file names. */
        String name() {
            return ticketNumber + "-" + windowNo;
        }

        boolean sameCallAs(Announcement other) {
            return ticketNumber.equals(other.ticketNumber) && windowNo.equals(other.windowNo);
        }
    }

    private final CallSound sound;
    private final AudioOutput output;
    private final Clock clock;
    private final Duration maxAge;
    private final Deque<Announcement> waiting = new ArrayDeque<>();
    private final Thread worker;
    private Announcement speaking;
    private volatile boolean closed;

    public Announcer(SpeechEngine speech, AudioOutput output, Clock clock, Duration maxAge, int repeat) {
        this.sound = new CallSound(speech, repeat);
        this.output = output;
        this.clock = clock;
        this.maxAge = maxAge;
        this.worker = new Thread(this::run, "announcer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /**
     * Queues a call.
     *
     * @return false when the same ticket is already waiting to be called to the same window
     */
    public boolean announce(String ticketNumber, String windowNo, Instant calledAt) {
        Announcement a = new Announcement(ticketNumber, windowNo, calledAt == null ? clock.instant() : calledAt);
        synchronized (waiting) {
            if (waiting.stream().anyMatch(a::sameCallAs)) {
                log.info("{} is already waiting to be announced; not doubled", a.name());
                return false;
            }
            waiting.addLast(a);
            waiting.notifyAll();
            return true;
        }
    }

    /** Calls waiting their turn, oldest first (not the one being spoken). */
    List<Announcement> waiting() {
        synchronized (waiting) {
            return new ArrayList<>(waiting);
        }
    }

    /** The call being spoken now, if any. */
    Optional<Announcement> speaking() {
        synchronized (waiting) {
            return Optional.ofNullable(speaking);
        }
    }

    /** Whether nothing is being spoken or waiting. */
    boolean idle() {
        synchronized (waiting) {
            return speaking == null && waiting.isEmpty();
        }
    }

    private void run() {
        while (!closed) {
            Announcement next;
            try {
                next = take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                Duration age = Duration.between(next.calledAt(), clock.instant());
                if (age.compareTo(maxAge) > 0) {
                    log.info("{} was called {} s ago; shown, not spoken", next.name(), age.toSeconds());
                } else {
                    output.play(next.name(), sound.of(CallPhrase.of(next.ticketNumber(), next.windowNo())));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Announcement {} failed: {}", next.name(), e.toString());
            } finally {
                synchronized (waiting) {
                    speaking = null;
                    waiting.notifyAll();
                }
            }
        }
    }

    private Announcement take() throws InterruptedException {
        synchronized (waiting) {
            while (waiting.isEmpty()) {
                waiting.wait();
            }
            speaking = waiting.pollFirst();
            return speaking;
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
