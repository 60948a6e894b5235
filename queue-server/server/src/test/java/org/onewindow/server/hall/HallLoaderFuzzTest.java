package org.onewindow.server.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a hall file holds, loading it gives a hall that passed its checks or a
 * {@link HallConfigurationException} that names the file and a place in it: never another
 * exception, which would stop the server with a stack trace instead of the line to fix.
 */
class HallLoaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyHallFileLoadsOrIsRefusedWithItsPlace(byte[] file) {
        Hall hall;
        try {
            hall = HallLoader.load("halls/fuzzed.yml", new String(file, StandardCharsets.UTF_8));
        } catch (HallConfigurationException refused) {
            assertThat(refused.getMessage()).matches("(?s)(\\d+ problems in halls/fuzzed\\.yml:\n)?halls/fuzzed\\.yml:\\d+:\\d+ .*");
            return;
        }
        assertThat(HallValidator.check(hall)).isEmpty();
        assertThat(hall.areas()).isNotEmpty();
        assertThat(hall.windows()).isNotEmpty();
    }
}
