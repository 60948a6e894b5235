package org.onewindow.server.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.TestServer;

/**
 * What the region overview costs as the halls grow: {@value #HALLS} copies of the test hall (or
 * {@code -Dbench.halls=N}), half in 临夏州 (622900) and half in 兰州市 (620100), read by the
 * service for the province (every hall) and for one prefecture (half), 30 times each after a
 * warm-up, on the embedded Redis. HTTP and sign-in are left out: they cost the same for one hall.
 * Run with {@code mvn -pl queue-server/server -am test -Pbenchmark -Dtest=OverviewBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
class OverviewBenchmark {

    private static final int HALLS = Integer.getInteger("bench.halls", 500);
    private static final int ROUNDS = 30;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.halls.files", () -> write(dataDir));
    }

    @Autowired
    OverviewService overview;

    @Test
    void overviewOfAProvinceAndOfAPrefecture() {
        var manager = new UsernamePasswordAuthenticationToken("manager", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));
        for (int i = 0; i < 10; i++) {
            overview.overview(manager, null);
        }
        long[] province = time(() -> assertThat(overview.overview(manager, null).halls()).hasSize(HALLS + 1));
        long[] prefecture = time(() -> assertThat(overview.overview(manager, "622900").halls()).hasSize(HALLS / 2));
        System.out.printf("overview of %d halls: p50 %.1f ms, p95 %.1f ms; of %d halls (622900): p50 %.1f ms, p95 %.1f ms%n",
                HALLS + 1, ms(province, 50), ms(province, 95), HALLS / 2, ms(prefecture, 50), ms(prefecture, 95));
    }

    private static long[] time(Runnable read) {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            read.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String write(Path dir) {
        try (InputStream in = OverviewBenchmark.class.getResourceAsStream("/halls/test-hall.yml")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> locations = new ArrayList<>(List.of("classpath:halls/test-hall.yml"));
            for (int i = 0; i < HALLS; i++) {
                boolean linxia = i % 2 == 0;
                String region = "region:\n  province: {code: \"620000\", name: 甘肃省}\n"
                        + (linxia ? "  city: {code: \"622900\", name: 临夏回族自治州}\n" : "  city: {code: \"620100\", name: 兰州市}\n");
                Path file = dir.resolve("h" + i + ".yml");
                Files.writeString(file, template.replace("id: testhall", "id: h" + i + "\n" + region), StandardCharsets.UTF_8);
                locations.add("file:" + file);
            }
            return String.join(",", locations);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
