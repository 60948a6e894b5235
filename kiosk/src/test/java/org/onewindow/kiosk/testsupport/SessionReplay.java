package org.onewindow.kiosk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.onewindow.kiosk.device.serial.SerialLink;
import org.onewindow.kiosk.testsupport.RecordedSession.Answered;
import org.onewindow.kiosk.testsupport.RecordedSession.Sent;
import org.onewindow.kiosk.testsupport.RecordedSession.Silence;
import org.onewindow.kiosk.testsupport.RecordedSession.Step;

/**
 * Plays the device's side of a {@link RecordedSession} on the device end of a serial line: waits for
 * each message the kiosk must send, checks it byte for byte, and answers with the recorded bytes.
 * What the kiosk sends after the last step is kept ({@link #afterwards}), e.g. a print job.
 */
public final class SessionReplay implements AutoCloseable {

    private static final Duration EACH_MESSAGE = Duration.ofSeconds(10);

    private final RecordedSession session;
    private final SerialLink device;
    private final ByteArrayOutputStream afterwards = new ByteArrayOutputStream();
    private final CompletableFuture<Void> steps = new CompletableFuture<>();
    private final Thread player;
    private volatile boolean closed;

    private SessionReplay(RecordedSession session, SerialLink device) {
        this.session = session;
        this.device = device;
        this.player = new Thread(this::play, "replay-" + session.name());
        player.setDaemon(true);
        player.start();
    }

    /** Starts playing {@code session} on {@code device} at once. */
    public static SessionReplay play(RecordedSession session, SerialLink device) {
        return new SessionReplay(session, device);
    }

    private void play() {
        try {
            for (Step step : session.steps()) {
                if (step instanceof Sent sent) {
                    expect(sent.bytes());
                } else if (step instanceof Answered answered) {
                    device.write(answered.bytes());
                } else if (step instanceof Silence silence) {
                    Thread.sleep(silence.length().toMillis()); // the device's own timing, not a wait for a condition
                }
            }
            steps.complete(null);
            keepTheRest();
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                steps.completeExceptionally(e);
            }
        } catch (InterruptedException e) {
            steps.completeExceptionally(e);
        }
    }

    private void keepTheRest() throws IOException {
        byte[] buffer = new byte[4096];
        while (!closed) {
            int n = device.read(buffer, 0, buffer.length, Duration.ofMillis(50));
            synchronized (afterwards) {
                afterwards.write(buffer, 0, n);
            }
        }
    }

    private void expect(byte[] wanted) throws IOException {
        byte[] got = new byte[wanted.length];
        int have = 0;
        long deadline = System.nanoTime() + EACH_MESSAGE.toNanos();
        while (have < wanted.length) {
            if (closed) {
                throw new IllegalStateException(session.name() + ": closed while waiting for " + hex(wanted));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(session.name() + ": the kiosk sent " + hex(Arrays.copyOf(got, have))
                        + " of " + hex(wanted));
            }
            have += device.read(got, have, wanted.length - have, Duration.ofMillis(100));
        }
        if (!Arrays.equals(got, wanted)) {
            throw new IllegalStateException(session.name() + ": the kiosk sent " + hex(got) + ", the session expects " + hex(wanted));
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /**
     * Waits until every step was played.
     *
     * @throws IllegalStateException saying what differed, when the kiosk went off the session
     */
    public void awaitPlayed() throws InterruptedException, java.util.concurrent.TimeoutException {
        try {
            steps.get(EACH_MESSAGE.toMillis() * Math.max(1, session.steps().size()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** What the kiosk sent after the session's last step. */
    public byte[] afterwards() {
        synchronized (afterwards) {
            return afterwards.toByteArray();
        }
    }

    /**
     * Stops the replay; says what differed when the kiosk went off the session, so a driver's own
     * error (a timeout, say) comes with the byte that caused it.
     */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        player.join(Duration.ofSeconds(5).toMillis());
        device.close();
        if (steps.isCompletedExceptionally()) {
            try {
                steps.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        }
    }
}
