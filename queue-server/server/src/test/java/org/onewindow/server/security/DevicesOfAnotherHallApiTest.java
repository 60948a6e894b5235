package org.onewindow.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/**
 * A device is registered in the hall it stands in; its token opens nothing of another hall, on
 * REST as on the broker. Here a kiosk of another centre tries the test hall.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevicesOfAnotherHallApiTest {

    private static final String ELSEWHERE_TOKEN = "token-of-a-kiosk-in-another-hall";
    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestServer.properties(registry, dataDir);
        // After the test hall's own devices (indices 0 to 2).
        String prefix = "onewindow.security.devices[3].";
        registry.add(prefix + "id", () -> "kiosk-elsewhere");
        registry.add(prefix + "kind", () -> "KIOSK");
        registry.add(prefix + "hall", () -> "another-hall");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ELSEWHERE_TOKEN.getBytes(StandardCharsets.UTF_8)));
        registry.add(prefix + "token-sha256", () -> sha);
    }

    @LocalServerPort
    int port;

    @Test
    void aKioskOfAnotherHallCanNeitherIssueTicketsHereNorReadTheHall() {
        Http http = new Http(port);
        long before = waitingIn(http);

        Reply issued = http.post("/api/halls/testhall/tickets", Http.bearer(ELSEWHERE_TOKEN),
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}");
        Reply read = http.get("/api/halls/testhall/board", Http.bearer(ELSEWHERE_TOKEN));

        assertThat(issued.status()).isEqualTo(403);
        assertThat(JsonCodec.fromJson(issued.body(), ApiError.class).code()).isEqualTo("FORBIDDEN");
        assertThat(read.status()).isEqualTo(403);
        assertThat(waitingIn(http)).as("no ticket issued").isEqualTo(before);
        // The hall's own kiosk is let in as before.
        assertThat(http.post("/api/halls/testhall/tickets", Http.bearer("demo-kiosk-token"),
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}").status()).isEqualTo(201);
        assertThat(waitingIn(http)).isEqualTo(before + 1);
        assertThat(http.get("/api/halls/testhall/board", Http.bearer("demo-kiosk-token")).status()).isEqualTo(200);
    }

    private static long waitingIn(Http http) {
        Reply queues = http.get("/api/halls/testhall/areas/biz/waiting", MANAGER);
        assertThat(queues.status()).isEqualTo(200);
        return queues.body().split("\"ticketId\"", -1).length - 1;
    }
}
