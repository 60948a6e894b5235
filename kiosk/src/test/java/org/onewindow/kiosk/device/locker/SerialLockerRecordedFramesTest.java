package org.onewindow.kiosk.device.locker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
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

    private final List<ReplayedLine> lines = new ArrayList<>();

    private SerialLocker board(String session, int address) throws Exception {
        // Each line its own folder: the pty pair's links have fixed names.
        ReplayedLine line = ReplayedLine.play(Files.createDirectories(dir.resolve("line-" + lines.size())), "locker/" + session, 9600);
        lines.add(line);
        return new SerialLocker(line.kioskEnd(), address, Duration.ofMillis(500));
    }

    private void refused(String session, int address, int slot, String reason) throws Exception {
        try (SerialLocker locker = board(session, address)) {
            assertThatThrownBy(() -> locker.open(slot)).isInstanceOfSatisfying(LockerException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        }
    }

    @AfterEach
    void hangUp() throws Exception {
        for (ReplayedLine line : lines) {
            line.close();
        }
    }

    @Test
    void aSlotOpensAndReportsItsDoorOpenAndOccupied() throws Exception {
        try (SerialLocker locker = board("open-slot.session", 1)) {
            locker.open(3);
            assertThat(locker.state(3)).isEqualTo(new DoorState(3, true, true));
            lines.get(0).replay().awaitPlayed();
        }
    }

    @Test
    void aJammedLockAndAMissingSlotAreToldApart() throws Exception {
        refused("jammed.session", 2, 7, "JAMMED");
        refused("no-such-slot.session", 1, 40, "NO_SUCH_SLOT");
    }

    @Test
    void aFrameWithAWrongCheckByteIsNeverTakenForTheAnswer() throws Exception {
        // The spoilt frame says "opened"; the genuine one after it says "jammed".
        refused("noise-and-spoilt-frame.session", 1, 3, "JAMMED");
    }
}
