package org.onewindow.kiosk.device.locker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.kiosk.device.serial.FuzzedLink;

/**
 * Whatever a lock board answers, opening a slot succeeds or fails with a {@link LockerException},
 * and asking for a door gives a state or a {@link LockerException}: the terminal never sees
 * anything else.
 */
class SerialLockerFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyAnswerOpensReportsOrFailsWithALockerException(FuzzedDataProvider data) {
        SerialLocker locker = new SerialLocker(new FuzzedLink(data), 1, Duration.ofSeconds(5));
        while (data.remainingBytes() > 0) {
            int slot = data.consumeInt(1, 8);
            try {
                if (data.consumeBoolean()) {
                    locker.open(slot);
                } else {
                    assertThat(locker.state(slot).slot()).isEqualTo(slot);
                }
            } catch (LockerException documented) {
                assertThat(documented.reason()).isIn("NO_ANSWER", "JAMMED", "NO_SUCH_SLOT", "BAD_ANSWER");
            }
        }
    }
}
