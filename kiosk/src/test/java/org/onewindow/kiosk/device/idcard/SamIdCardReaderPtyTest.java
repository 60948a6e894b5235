package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.testsupport.PtyPair;

/** The SAM driver on a real pty pair at 115200 baud, a reader twin on the other end. */
class SamIdCardReaderPtyTest {

    @TempDir
    Path dir;
    private PtyPair pty;
    private SamReaderTwin twin;
    private SamIdCardReader reader;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.open(dir);
        twin = new SamReaderTwin(JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), 115200)));
        reader = new SamIdCardReader(JSerialCommLink.open(new SerialSettings(pty.hostEnd().toString(), 115200)),
                Duration.ofMillis(500), Duration.ofMillis(3500));
    }

    @AfterEach
    void disconnect() throws Exception {
        reader.close();
        twin.close();
        pty.close();
    }

    @Test
    void readsACardWithItsPhotoBytesIntact() throws Exception {
        twin.present(SampleCards.ELDERLY);

        Optional<IdCard> card = reader.read();

        assertThat(card).isPresent();
        assertThat(card.get().name()).isEqualTo("张桂兰");
        assertThat(card.get().number()).isEqualTo("622901195003120020");
        assertThat(card.get().photo().raw()).isEqualTo(SampleCards.ELDERLY.photo().raw());
        assertThat(reader.samHealthy()).isTrue();
    }

    @Test
    void noCardIsEmpty() throws Exception {
        assertThat(reader.read()).isEmpty();
    }

    @Test
    void aFailedReadSaysSo() {
        twin.present(SampleCards.ADULT);
        twin.failReads(true);

        assertThatThrownBy(reader::read).isInstanceOf(IdCardReaderException.class).hasMessageContaining("READ_FAILED");
    }

    @Test
    void garbageOnTheLineIsSkipped() throws Exception {
        twin.present(SampleCards.HONG_KONG_RESIDENT);
        twin.garbageBeforeAnswers(HexFormat.of().parseHex("00FF13AAAA5555AA96"));

        assertThat(reader.read()).map(IdCard::kind).contains(CardKind.HMT_RESIDENCE_PERMIT);
    }

    @Test
    void aSilentReaderTimesOutAndTheNextAnswerIsNotMistakenForIt() throws Exception {
        twin.silent(true);
        long start = System.nanoTime();

        assertThatThrownBy(reader::read).isInstanceOf(IdCardReaderException.class).hasMessageContaining("no answer");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        twin.silent(false);
        twin.present(SampleCards.ADULT);
        assertThat(reader.read()).map(IdCard::name).contains("李明");
    }

    @Test
    void aSpoiltChecksumIsReadAgainAtOnceRatherThanAfterTheReadTimeout() throws Exception {
        twin.present(SampleCards.ADULT);
        twin.corruptNextReads(1);
        long start = System.nanoTime();

        assertThat(reader.read()).map(IdCard::name).contains("李明");

        // The read timeout is 3.5 s: the second read was asked for as soon as the spoilt frame was seen.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
        assertThat(twin.readsAnswered()).isEqualTo(2);
    }

    @Test
    void aReaderThatKeepsSpoilingItsAnswersStillFailsInTheEnd() {
        twin.present(SampleCards.ADULT);
        twin.corruptNextReads(10);

        assertThatThrownBy(reader::read).isInstanceOf(IdCardReaderException.class).hasMessageContaining("read card");
    }
}
