package org.onewindow.server.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a hall file holds, loading it gives a hall that passed its checks or a
 * {@link HallConfigurationException} that names the file and a place in it: never another
 * exception, which would stop the server with a stack trace instead of the line to fix.
 */
class HallLoaderFuzzTest {

    /** The words of a hall file, so that mutations make other halls rather than other bytes. */
    @DictionaryEntries({"id: ", "name: ", "time-zone: ", "opening-hours: ", "days: ", "open: ", "close: ", "holidays: ",
            "extra-working-days: ", "areas: ", "windows: ", "items: ", "priority: ", "tidal: ", "appointments: ",
            "lockers: ", "prefix: ", "no: ", "kind: ", "code: ", "area: ", "materials: ", "departments: ",
            "null", "~", "[]", "{}", "- ", ": ", ", ", "TIDAL", "COMPREHENSIVE", "IMMEDIATE", "2026-10-01", "&a ", "*a"})
    @FuzzTest(maxDuration = "10s")
    void anyHallFileLoadsOrIsRefusedWithItsPlace(byte[] file) {
        Hall hall;
        try {
            hall = HallLoader.load("halls/fuzzed.yml", new String(file, StandardCharsets.UTF_8));
        } catch (HallConfigurationException refused) {
            assertThat(refused.getMessage()).matches("(?s)(\\d+ problems in halls/fuzzed\\.yml:\n)?halls/fuzzed\\.yml:\\d+:\\d+ .*");
            return;
        }
        assertThat(HallValidator.check(hall, java.util.Set.of())).isEmpty();
        assertThat(hall.areas()).isNotEmpty();
        assertThat(hall.windows()).isNotEmpty();
    }

    /** The fuzzer's first finding, as a rule: a character outside the BMP loads wherever it stands. */
    @Test
    void aCharacterOutsideTheBasicPlaneLoadsWhereverItStands() throws IOException {
        String hall;
        try (InputStream in = getClass().getResourceAsStream(
                "HallLoaderFuzzTestInputs/anyHallFileLoadsOrIsRefusedWithItsPlace/seed-smallest-hall")) {
            hall = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int padding = 1000; padding < 1100; padding++) {
            String yaml = "#" + "x".repeat(padding) + "\uD840\uDC3E\n" + hall;
            assertThat(HallLoader.load("halls/rare-name.yml", yaml).id()).isEqualTo("h");
        }
    }
}
