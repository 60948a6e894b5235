package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.kiosk.device.serial.FuzzedLink;

/**
 * Whatever a reader answers, the driver reports a card, no card, or one of its two documented
 * failures; nothing else may reach the watcher that polls it.
 */
class SamIdCardReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyAnswerGivesACardNoCardOrADocumentedFailure(FuzzedDataProvider data) {
        SamIdCardReader reader = new SamIdCardReader(new FuzzedLink(data), Duration.ofSeconds(5), Duration.ofSeconds(5));
        while (data.remainingBytes() > 0) {
            try {
                Optional<IdCard> card = reader.read();
                assertThat(card).isNotNull();
            } catch (IdCardReaderException | IdCardFormatException documented) {
                assertThat(documented.getMessage()).isNotBlank();
            }
        }
    }
}
