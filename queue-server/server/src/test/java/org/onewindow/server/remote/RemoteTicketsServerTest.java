package org.onewindow.server.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallLoader;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.testsupport.ShiftedClock;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;

/**
 * Remote tickets on a whole server running the demo hall, its clock at 10:00 on a weekday: over
 * HTTP as phones, kiosks and guides call it, and in Chromium as a phone (360 x 640) and at the desk.
 * Each test takes its tickets from addresses of its own (the server believes X-Forwarded-For from
 * this machine), so the per-address limit of one never meets another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteTicketsServerTest {

    private static final String HALL = "linxia";
    private static final String API = "/api/halls/" + HALL;
    private static final String KIOSK = Http.bearer(TestDevices.token("kiosk-1"));
    private static final String GUIDE = Http.basic("guide01", "demo-guide");
    private static final ShiftedClock CLOCK = new ShiftedClock(ZoneId.of("Asia/Shanghai"), demoHall().openingHours());

    private static Hall demoHall() {
        try (InputStream in = RemoteTicketsServerTest.class.getClassLoader().getResourceAsStream("halls/linxia.yml")) {
            return HallLoader.load("halls/linxia.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HallTime {
        @Bean
        @Primary
        Clock shiftedClock() {
            return CLOCK;
        }
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, HALL);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueReader reader;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(String method, String path, String auth, String address, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String client() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private Answer take(String area, String requestId, String clientToken, String address) {
        return send("POST", API + "/remote-tickets", null, address,
                "{\"requestId\":\"" + requestId + "\",\"areaId\":\"" + area + "\",\"clientToken\":\"" + clientToken + "\"}");
    }

    private int marketWaiting() {
        return send("GET", API + "/board", KIOSK, null, null).body().path("areas").findParents("areaId").stream()
                .filter(a -> a.path("areaId").asText().equals("market")).findFirst().orElseThrow().path("waiting").asInt();
    }

    @Test
    void phonesTakeWithinTheLimitsAndAnEntranceCheckInCannotBeForged() {
        Answer offer = send("GET", API + "/remote-tickets", null, null, null);
        assertThat(offer.status()).isEqualTo(200);
        assertThat(offer.body().path("open").asBoolean()).isTrue();
        assertThat(offer.body().path("areas").findValuesAsText("areaId")).containsExactly("market", "social");

        int waitingBefore = marketWaiting();
        String phone = client();
        Answer taken = take("market", "req-a", phone, "198.51.100.1");
        assertThat(taken.status()).as("%s", taken.body()).isEqualTo(201);
        assertThat(taken.body().path("ticket").path("status").asText()).isEqualTo("AWAITING_ARRIVAL");
        String code = taken.body().path("ticket").path("trackingCode").asText();
        assertThat(take("market", "req-a", phone, "198.51.100.1").status()).as("the same request again").isEqualTo(200);
        assertThat(take("social", "req-b", phone, "198.51.100.1").body().path("code").asText()).isEqualTo("CLIENT_HOLDS_TICKET");
        assertThat(take("invest", "req-c", client(), "198.51.100.1").status()).as("an area without remote tickets").isEqualTo(422);
        assertThat(take("market", "req-d", "x", "198.51.100.1").status()).isEqualTo(400);
        assertThat(send("POST", API + "/remote-tickets", null, null, "{").status()).isEqualTo(400);
        for (int i = 0; i < 4; i++) {
            assertThat(take("social", "req-e" + i, client(), "198.51.100.2").status()).isEqualTo(201);
        }
        assertThat(take("social", "req-e9", client(), "198.51.100.2").status()).isEqualTo(201);
        assertThat(take("social", "req-f", client(), "198.51.100.2").body().path("code").asText()).isEqualTo("ADDRESS_LIMIT");

        // Not in any queue: the board counts the market's waiting as before the ticket was taken.
        assertThat(marketWaiting()).isEqualTo(waitingBefore);

        // A mobile number may be left before the check-in; it is texted once the ticket waits.
        assertThat(send("POST", API + "/track/" + code + "/notices", null, null, "{\"mobile\":\"13812345678\"}").status())
                .isEqualTo(201);

        long version = reader.version(HALL);
        String forged = "99999999.AAAAAAAAAAAAAAAAAAAAAA";
        assertThat(send("POST", API + "/remote-tickets/" + code + "/check-in", null, null,
                "{\"entranceToken\":\"" + forged + "\"}").status()).isEqualTo(422);
        assertThat(send("POST", API + "/remote-tickets/" + code + "/check-in", null, null,
                "{\"entranceToken\":\"<script>\"}").status()).isEqualTo(400);
        assertThat(send("POST", API + "/remote-tickets/ABCDEFGHJK/check-in", null, null,
                "{\"entranceToken\":\"" + forged + "\"}").status()).isEqualTo(404);
        assertThat(send("GET", API + "/remote-tickets/abc", null, null, null).status()).isEqualTo(400);
        assertThat(send("GET", API + "/entrance-code", KIOSK, null, null).status()).isEqualTo(403);
        assertThat(send("GET", API + "/entrance-code", null, null, null).status()).isEqualTo(401);
        assertThat(reader.version(HALL)).as("nothing changed").isEqualTo(version);

        String token = send("GET", API + "/entrance-code", GUIDE, null, null).body().path("token").asText();
        Answer in = send("POST", API + "/remote-tickets/" + code + "/check-in", null, null, "{\"entranceToken\":\"" + token + "\"}");
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.body().path("status").asText()).isEqualTo("WAITING");
        Answer again = send("POST", API + "/remote-tickets/" + code + "/check-in", null, null, "{\"entranceToken\":\"" + token + "\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("ticketId").asText()).isEqualTo(in.body().path("ticketId").asText());
    }

    @Test
    void aKioskScanChecksInAndTheDeskNeedsAGuide() {
        String checkIn = take("social", "req-k", client(), "198.51.100.3").body().path("checkInCode").asText();
        Answer scanned = send("POST", API + "/appointments/check-in", KIOSK, null,
                "{\"requestId\":\"scan-1\",\"code\":\"" + checkIn + "\"}");
        assertThat(scanned.status()).as("%s", scanned.body()).isEqualTo(201);
        assertThat(scanned.body().path("status").asText()).isEqualTo("WAITING");
        assertThat(send("POST", API + "/appointments/check-in", KIOSK, null,
                "{\"requestId\":\"scan-2\",\"code\":\"" + checkIn + "\"}").status()).as("scanned twice").isEqualTo(200);

        String ticketId = take("social", "req-l", client(), "198.51.100.3").body().path("ticket").path("ticketId").asText();
        assertThat(send("POST", API + "/tickets/" + ticketId + "/check-in", KIOSK, null, null).status()).isEqualTo(403);
        assertThat(send("POST", API + "/tickets/" + ticketId + "/check-in", Http.basic("clerk01", "demo-clerk"), null, null)
                .status()).isEqualTo(403);
        Answer desk = send("POST", API + "/tickets/" + ticketId + "/check-in", GUIDE, null, null);
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body().path("status").asText()).isEqualTo("WAITING");
        assertThat(send("POST", API + "/tickets/" + scanned.body().path("ticketId").asText() + "/check-in", GUIDE, null, null)
                .status()).as("already checked in: a no-op").isEqualTo(200);
    }

    @Test
    void onAPhoneACitizenTakesATicketSeesItNotYetCheckedInAndChecksInAtTheEntrance() {
        try (Browser phone = Browser.phone(port, "zh-CN", 360, 640)) {
            phone.go("/t/" + HALL + "/take");
            phone.waitText("#offers", "医保社保");
            phone.waitText("[data-area='market'] .offer-meta", "排队");
            phone.screenshotAs("phone-take");
            phone.click("[data-area='market'] .take-button");
            phone.waitUrlContains("/t/" + HALL + "/");
            phone.waitText("#status", "尚未签到");
            phone.waitText("#remote-lapse", "16:00");
            phone.waitText("#remote-ahead", "人");
            phone.waitVisible("#remote-qr");
            assertThat(phone.find("#wait").isDisplayed()).isFalse();
            phone.screenshotAs("phone-not-arrived");
            String page = phone.driver.getCurrentUrl();

            // Back on the take page, the phone holds its ticket and takes no second one.
            phone.go("/t/" + HALL + "/take");
            phone.waitVisible("#held");
            assertThat(phone.find("[data-area='social'] .take-button").isEnabled()).isFalse();

            String url = entranceScreensAddress();
            assertThat(url).startsWith("http://127.0.0.1:" + port + "/t/" + HALL + "/arrive?e=");
            phone.driver.get(url);
            phone.waitUrlContains(page.substring(page.lastIndexOf('/')));
            phone.waitText("#status", "排队中");
            phone.waitVisible("#wait");
            assertThat(phone.find("#remote").isDisplayed()).isFalse();
        }
    }

    /** What the entrance screen's QR code carries, read from the page a guide opened on it. */
    private String entranceScreensAddress() {
        try (Browser screen = Browser.open(port, "zh-CN")) {
            screen.signIn("guide01", "demo-guide");
            screen.waitUrlContains("desk.html");
            screen.go("/console/entrance.html");
            screen.waitText("#hall-name", "临夏");
            org.awaitility.Awaitility.await().until(() -> screen.find("#entrance-qr").getDomAttribute("data-url") != null);
            screen.screenshotAs("console-entrance");
            return screen.find("#entrance-qr").getDomAttribute("data-url");
        }
    }

    @Test
    void atTheDeskAGuideChecksInALookedUpRemoteTicket() {
        String number = take("market", "req-desk", client(), "198.51.100.4").body().path("ticket").path("number").asText();
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("guide02", "demo-guide");
            b.waitUrlContains("desk.html");
            b.type("#lookup-number", number);
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#found-status", "尚未签到");
            b.click("#check-in");
            b.waitText("#found-status", "等候中");
        }
    }
}
