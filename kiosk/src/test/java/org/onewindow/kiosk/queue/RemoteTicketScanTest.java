package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.server.testsupport.DemoHallServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.protocol.rest.TicketView;

/**
 * A ticket taken by phone, checked in by scanning the phone's check-in code with the kiosk's
 * (simulated) scanner: the kiosk prints it as any ticket and it now waits at the server. The demo
 * hall takes tickets by phone on working days from opening until 16:00, so its server runs on a
 * clock at 10:00 of the next working day.
 */
class RemoteTicketScanTest {

    @TempDir
    static Path serverDir;
    private static DemoHallServer server;

    @TempDir
    Path dir;
    private KioskUnderTest k;

    @BeforeAll
    static void startServer() {
        server = KioskHallServer.startOpen(serverDir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void stopKiosk() throws Exception {
        if (k != null) {
            k.close();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String qr(Path png) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(png.toFile()))))).getText();
    }

    @Test
    void scanningThePhonesCheckInCodePrintsTheTicketWhichThenWaits() throws Exception {
        assertThat(send("GET", "/api/halls/linxia/remote-tickets", null).path("open").asBoolean()).isTrue();
        JsonNode taken = send("POST", "/api/halls/linxia/remote-tickets", "{\"requestId\":\"" + UUID.randomUUID()
                + "\",\"areaId\":\"market\",\"clientToken\":\"" + UUID.randomUUID().toString().replace("-", "") + "\"}");
        String number = taken.path("ticket").path("number").asText();
        String ticketId = taken.path("ticket").path("ticketId").asText();
        assertThat(taken.path("ticket").path("status").asText()).as("%s", taken).isEqualTo("AWAITING_ARRIVAL");

        k = KioskUnderTest.start(KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(30)));
        k.awaitNode("#area-market");
        k.scan(taken.path("checkInCode").asText());
        k.awaitNode("#ticket-number");

        TicketView printed = ((Screen.Issued) k.kiosk.flow().current()).ticket();
        assertThat(k.text("#ticket-number")).isEqualTo(number);
        assertThat(printed.ticketId()).isEqualTo(ticketId);
        assertThat(((Screen.Issued) k.kiosk.flow().current()).appointment()).as("shown as an ordinary ticket").isFalse();
        assertThat(qr(k.kiosk.devices().simulatedPrinter().lastTicket())).isEqualTo(printed.trackingUrl());
        assertThat(server.manager().ticket(ticketId).status()).isEqualTo("WAITING");

        // A lapsed or unknown one is told in plain words, and nothing is printed.
        k.tap("#home-button");
        k.scan("OWR1.linxia.ABCDEFGHJK");
        assertThat(k.text("#notice-text")).contains("未找到该线上号");
    }
}
