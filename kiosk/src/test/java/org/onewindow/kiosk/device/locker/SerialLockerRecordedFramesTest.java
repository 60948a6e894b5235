package org.onewindow.kiosk.device.locker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.ReplayedLine;

/**
 * The lock board driver against frames laid out from the board's protocol byte by byte
 * (frames/locker/), on a real pty pair at 9600 baud; every request is checked byte for byte.
 */
class SerialLockerRecordedFramesTest {

    @TempDir
    Path dir;

    private ReplayedLine line;

    private SerialLocker board(String session, int address) throws Exception {
        line = ReplayedLine.play(dir, "locker/" + session, 9600);
        return new SerialLocker(line.kioskEnd(), address, Duration.ofMillis(500));
    }

    @Test
    void aSlotOpensAndReportsItsDoorOpenAndOccupied() throws Exception {
        try (SerialLocker locker = board("open-slot.session", 1)) {
            locker.open(3);
            assertThat(locker.state(3)).isEqualTo(new DoorState(3, true, true));
            line.replay().awaitPlayed();
        } finally {
            line.close();
        }
    }

    @Test
    void aJammedLockAndAMissingSlotAreToldApart() throws Exception {
        try (SerialLocker locker = board("jammed.session", 2)) {
            assertThatThrownBy(() -> locker.open(7)).isInstanceOfSatisfying(LockerException.class,
                    e -> assertThat(e.reason()).isEqualTo("JAMMED"));
        } finally {
            line.close();
        }
        try (SerialLocker locker = board("no-such-slot.session", 1)) {
            assertThatThrownBy(() -> locker.open(40)).isInstanceOfSatisfying(LockerException.class,
                    e -> assertThat(e.reason()).isEqualTo("NO_SUCH_SLOT"));
        } finally {
            line.close();
        }
    }

    @Test
    void aFrameWithAWrongCheckByteIsNeverTakenForTheAnswer() throws Exception {
        try (SerialLocker locker = board("noise-and-spoilt-frame.session", 1)) {
            // The spoilt frame says "opened"; the genuine one after it says "jammed".
            assertThatThrownBy(() -> locker.open(3)).isInstanceOfSatisfying(LockerException.class,
                    e -> assertThat(e.reason()).isEqualTo("JAMMED"));
        } finally {
            line.close();
        }
    }
}
