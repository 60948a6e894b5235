package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.ReplayedLine;

/**
 * The SAM driver against the reader's frames as the protocol lays them out byte by byte
 * (frames/idcard/, written without the kiosk's own encoder), on a real pty pair at 115200 baud.
 * Each session also checks, byte for byte, every request the driver sends.
 */
class SamIdCardReaderRecordedFramesTest {

    @TempDir
    Path dir;

    private Optional<IdCard> read(String session) throws Exception {
        return played(session, SamIdCardReader::read);
    }

    /** What the driver made of the session, once every step of it was played. */
    private <T> T played(String session, ReaderCall<T> call) throws Exception {
        try (ReplayedLine line = ReplayedLine.play(dir, "idcard/" + session, 115200);
             SamIdCardReader reader = new SamIdCardReader(line.kioskEnd(), Duration.ofMillis(500), Duration.ofMillis(3500))) {
            T result = call.on(reader);
            line.replay().awaitPlayed();
            return result;
        }
    }

    private interface ReaderCall<T> {
        T on(SamIdCardReader reader) throws Exception;
    }

    @Test
    void aResidentCardIsReadFieldByField() throws Exception {
        IdCard card = read("resident-card.session").orElseThrow();

        assertThat(card.kind()).isEqualTo(CardKind.RESIDENT);
        assertThat(card.name()).isEqualTo("王秀英");
        assertThat(card.male()).isFalse();
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(card.number()).isEqualTo("11010519491231002X");
        assertThat(card.nationality()).isEqualTo("CHN");
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(card.validTo()).isEmpty();
        byte[] photo = new byte[1024];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 7 + 3);
        }
        assertThat(card.photo().raw()).isEqualTo(photo);
    }

    @Test
    void aHongKongResidencePermitIsReadWithItsEndOfValidity() throws Exception {
        IdCard card = read("hmt-permit.session").orElseThrow();

        assertThat(card.kind()).isEqualTo(CardKind.HMT_RESIDENCE_PERMIT);
        assertThat(card.name()).isEqualTo("陈家明");
        assertThat(card.male()).isTrue();
        assertThat(card.number()).isEqualTo("810000199001011230");
        assertThat(card.validTo()).contains(LocalDate.of(2025, 6, 1));
        assertThat(card.isExpiredOn(LocalDate.of(2026, 12, 2))).isTrue();
    }

    @Test
    void aForeignersCardIsReadByItsChineseName() throws Exception {
        IdCard card = read("foreigner-card.session").orElseThrow();

        assertThat(card.kind()).isEqualTo(CardKind.FOREIGN_PERMANENT_RESIDENT);
        assertThat(card.name()).isEqualTo("史密斯");
        assertThat(card.number()).isEqualTo("USA110086010101");
        assertThat(card.nationality()).isEqualTo("USA");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1986, 1, 1));
        assertThat(card.validTo()).contains(LocalDate.of(2030, 3, 14));
    }

    @Test
    void noCardAndACardLiftedBeforeSelectAreBothNoCard() throws Exception {
        assertThat(read("no-card.session")).isEmpty();
        assertThat(read("card-lifted.session")).isEmpty();
    }

    @Test
    void aFailedReadSaysSo() {
        assertThatThrownBy(() -> read("read-failed.session")).isInstanceOf(IdCardReaderException.class)
                .hasMessageContaining("READ_FAILED");
    }

    @Test
    void noiseOnTheLineIsSkippedAndASpoiltAnswerIsAskedForAgain() throws Exception {
        assertThat(read("noise-before-answer.session")).isEmpty();
        // The session expects the find request twice: the driver asked again after the wrong CHK.
        assertThat(read("spoilt-checksum.session")).isEmpty();
    }

    @Test
    void theSamModuleAnswersItsHeartbeat() throws Exception {
        assertThat(played("sam-status.session", SamIdCardReader::samHealthy)).isTrue();
    }
}
