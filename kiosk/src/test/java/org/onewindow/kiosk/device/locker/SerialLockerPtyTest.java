package org.onewindow.kiosk.device.locker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.testsupport.PtyPair;

/** The lock board driver on a real pty pair at 9600 baud, a board twin with 24 slots on the other end. */
class SerialLockerPtyTest {

    @TempDir
    Path dir;
    private PtyPair pty;
    private LockerTwin board;
    private SerialLocker locker;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.open(dir);
        board = new LockerTwin(JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), 9600)), 1, 24);
        locker = new SerialLocker(JSerialCommLink.open(new SerialSettings(pty.hostEnd().toString(), 9600)), 1,
                Duration.ofMillis(400));
    }

    @AfterEach
    void disconnect() {
        locker.close();
        board.close();
        pty.close();
    }

    @Test
    void aSlotOpensAndTheDriverSeesItShutAgain() throws Exception {
        board.load(7);
        assertThat(locker.state(7)).isEqualTo(new DoorState(7, false, true));
        locker.open(7);
        assertThat(board.isOpen(7)).isTrue();
        assertThat(locker.state(7)).isEqualTo(new DoorState(7, true, true));
        new Thread(() -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                return;
            }
            board.takeAndShut(7);
        }).start();
        assertThat(locker.awaitShut(7, Duration.ofSeconds(5))).isEqualTo(new DoorState(7, false, false));
    }

    @Test
    void aDoorLeftOpenIsReportedOpenWhenWaitingRunsOut() throws Exception {
        locker.open(3);
        assertThat(locker.awaitShut(3, Duration.ofMillis(700)).open()).isTrue();
    }

    @Test
    void aJammedLockAndAMissingSlotAreSaidPlainly() {
        board.jam(5);
        assertThatThrownBy(() -> locker.open(5)).isInstanceOf(LockerException.class)
                .satisfies(e -> assertThat(((LockerException) e).reason()).isEqualTo("JAMMED"));
        assertThatThrownBy(() -> locker.open(99)).isInstanceOf(LockerException.class)
                .satisfies(e -> assertThat(((LockerException) e).reason()).isEqualTo("NO_SUCH_SLOT"));
        assertThatThrownBy(() -> locker.state(99)).isInstanceOf(LockerException.class);
    }

    @Test
    void noiseOnTheLineIsSkippedAndCorruptAnswersAreNeverBelieved() throws Exception {
        board.noiseBeforeAnswers(HexFormat.of().parseHex("00FF0203FFAA02"));
        board.load(2);
        assertThat(locker.state(2).occupied()).isTrue();
        board.corruptAnswers(true);
        assertThatThrownBy(() -> locker.open(2)).isInstanceOf(LockerException.class)
                .satisfies(e -> assertThat(((LockerException) e).reason()).isEqualTo("NO_ANSWER"));
    }

    @Test
    void anUnpluggedBoardIsNoAnswerAfterOneRetry() {
        board.silent(true);
        long start = System.nanoTime();
        assertThatThrownBy(() -> locker.open(1)).isInstanceOf(LockerException.class)
                .satisfies(e -> assertThat(((LockerException) e).reason()).isEqualTo("NO_ANSWER"));
        assertThat(board.timesOpened(1)).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void framesAreCheckedByteForByte() {
        byte[] open7 = new LockerFrame(1, LockerFrame.OPEN, new byte[] {7}).encode();
        assertThat(HexFormat.of().formatHex(open7)).isEqualTo("020131010736" + "03");
        LockerFrameDecoder decoder = new LockerFrameDecoder();
        byte[] corrupt = open7.clone();
        corrupt[5] ^= 1;
        List<LockerFrame> frames = decoder.feed(corrupt, 0, corrupt.length);
        assertThat(frames).isEmpty();
        assertThat(decoder.dropped()).isEqualTo(1);
        assertThat(decoder.feed(open7, 0, 3)).isEmpty();
        assertThat(decoder.feed(open7, 3, open7.length - 3)).singleElement()
                .satisfies(f -> assertThat(f.data()).containsExactly(7));
    }
}
