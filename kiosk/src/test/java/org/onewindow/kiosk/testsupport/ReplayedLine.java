package org.onewindow.kiosk.testsupport;

import java.nio.file.Path;

import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialLink;
import org.onewindow.kiosk.device.serial.SerialSettings;

/**
 * A real serial line (a socat pty pair) with a recorded session playing the device at its far end:
 * the driver under test opens {@link #kioskEnd()} as it would open the device's port.
 */
public final class ReplayedLine implements AutoCloseable {

    private final PtyPair pty;
    private final SessionReplay replay;
    private final int baud;

    private ReplayedLine(PtyPair pty, SessionReplay replay, int baud) {
        this.pty = pty;
        this.replay = replay;
        this.baud = baud;
    }

    /** Plays {@code frames/<session>} at {@code baud}; skips the test where socat is missing. */
    public static ReplayedLine play(Path dir, String session, int baud) throws Exception {
        PtyPair pty = PtyPair.open(dir);
        SerialLink device = JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), baud));
        return new ReplayedLine(pty, SessionReplay.play(RecordedSession.load(session), device), baud);
    }

    /** Opens the kiosk's end of the line at the session's speed. */
    public SerialLink kioskEnd() throws java.io.IOException {
        return JSerialCommLink.open(new SerialSettings(pty.hostEnd().toString(), baud));
    }

    public SessionReplay replay() {
        return replay;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            replay.close();
        } finally {
            pty.close();
        }
    }
}
