package org.onewindow.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.accounts.TokenHash;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;

/**
 * The server's metrics are for the monitoring system's scraper alone: not for anyone without a
 * token, not for a device, not even for a manager; health stays open to the load balancer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsEndpointTest {

    private static final String SCRAPER_TOKEN = "test-scraper-token-0123456789";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.monitoring.scrapers[0].name", () -> "prometheus");
        registry.add("onewindow.monitoring.scrapers[0].token-sha256", () -> TokenHash.of(SCRAPER_TOKEN));
    }

    @LocalServerPort
    int port;

    @Test
    void onlyTheScraperReadsTheMetrics() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", Http.bearer("demo-kiosk-token")).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", Http.basic("manager", "demo-manager")).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", Http.bearer("not-" + SCRAPER_TOKEN)).status()).isEqualTo(401);

        Http.Reply metrics = http.get("/actuator/prometheus", Http.bearer(SCRAPER_TOKEN));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("onewindow_pipeline_halls_held", "onewindow_pipeline_entries_handled_total",
                "onewindow_redis_changes_short_of_replicas_total", "jvm_memory_used_bytes");
    }

    @Test
    void theScrapersTokenOpensNothingElse() {
        Http http = new Http(port);
        assertThat(http.get("/api/halls/testhall/statistics", Http.bearer(SCRAPER_TOKEN)).status()).isEqualTo(401);
        assertThat(http.get("/actuator/env", Http.bearer(SCRAPER_TOKEN)).status()).isIn(401, 403, 404);
    }

    @Test
    void healthAndItsProbesAreOpen() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }
}
