package org.onewindow.kiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyboardWedgeBufferTest {

    private final List<String> scans = new ArrayList<>();
    private final KeyboardWedgeBuffer buffer = new KeyboardWedgeBuffer(30, 4, scans::add);

    private void type(String text, long start, long gap) {
        long t = start;
        for (char c : text.toCharArray()) {
            buffer.key(c, t);
            t += gap;
        }
    }

    @Test
    void aFastBurstEndingInEnterIsAScan() {
        type("OWA1.XYZ\r", 1000, 5);

        assertThat(scans).containsExactly("OWA1.XYZ");
    }

    @Test
    void humanTypingIsNotAScan() {
        type("zhang\r", 1000, 180);

        assertThat(scans).isEmpty();
    }

    @Test
    void aPauseStartsANewBurst() {
        type("abc", 1000, 5);
        type("DEFGH\r", 2000, 5);

        assertThat(scans).containsExactly("DEFGH");
    }
}
