package org.onewindow.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/** The statistics endpoints of a running server, as a manager's console and Excel use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsApiTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");
    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private TicketView issue(String area) {
        Reply reply = http.post("/api/halls/testhall/tickets", KIOSK,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"" + area + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", MANAGER).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aDaysFiguresAsJsonAndAsCsvForExcel() throws Exception {
        TicketView first = issue("biz");
        issue("biz");
        issue("social");
        http.post("/api/halls/testhall/windows/1/sign-in", CLERK, "");
        http.post("/api/halls/testhall/windows/1/call-next", CLERK, "");
        http.post("/api/halls/testhall/windows/1/finish", CLERK, "");
        // The ticket's own day, so a test run at midnight does not ask for the next one.
        String date = BusinessDay.parse(first.ticketId().substring(0, 8)).toString();

        Reply json = http.get("/api/halls/testhall/statistics?date=" + date, MANAGER);
        assertThat(json.status()).isEqualTo(200);
        DayStatistics day = JsonCodec.fromJson(json.body(), DayStatistics.class);
        assertThat(day.date()).isEqualTo(date);
        assertThat(day.total().issued()).isEqualTo(3);
        assertThat(day.total().done()).isEqualTo(1);
        assertThat(day.total().finishedAtComprehensive()).isEqualTo(1);
        assertThat(day.total().comprehensivePercent()).isEqualTo(100.0);
        assertThat(day.areas().get(0).figures().waiting()).isEqualTo(1);
        assertThat(day.areas().get(2).figures().issued()).isEqualTo(1);
        assertThat(day.total().ratings()).containsExactly(entry("VERY_SATISFIED", 0), entry("SATISFIED", 0),
                entry("BASIC", 0), entry("DISSATISFIED", 0), entry("VERY_DISSATISFIED", 0));
        assertThat(json.body()).contains("\"ratings\":{\"VERY_SATISFIED\":0,\"SATISFIED\":0,\"BASIC\":0,\"DISSATISFIED\":0,\"VERY_DISSATISFIED\":0}");

        HttpResponse<byte[]> csv = getBytes("/api/halls/testhall/statistics.csv?date=" + date);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"statistics-testhall-" + date + ".csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF日期,区域编号,区域,取号,");
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).startsWith(date + ",biz,企业开办,2,1,0,1,0,0,1,100.0,");
        assertThat(lines[3]).startsWith(date + ",social,社保医保,1,1,0,0,0,0,0,,");
        assertThat(lines[4]).startsWith(date + ",,合计,3,2,0,1,0,0,1,100.0,");
    }

    @Test
    void withoutADateItIsToday() {
        DayStatistics day = JsonCodec.fromJson(http.get("/api/halls/testhall/statistics", MANAGER).body(),
                DayStatistics.class);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(day.date()).isIn(today.toString(), today.plusDays(1).toString());
        assertThat(day.complete()).isFalse();
    }

    @Test
    void aBadDateIs400NamingTheFieldAndAnUnknownHall404() {
        for (String path : new String[] {"/statistics?date=24.11.2026", "/statistics.csv?date=2026-02-30",
                "/statistics?date=2999-01-01"}) {
            Reply reply = http.get("/api/halls/testhall" + path, MANAGER);
            assertThat(reply.status()).isEqualTo(400);
            ApiError error = JsonCodec.fromJson(reply.body(), ApiError.class);
            assertThat(error.code()).isEqualTo("INVALID_FIELD");
            assertThat(error.field()).isEqualTo("date");
        }
        assertThat(http.get("/api/halls/nohall/statistics", MANAGER).status()).isEqualTo(404);
        assertThat(http.get("/api/halls/nohall/statistics.csv", MANAGER).status()).isEqualTo(404);
    }
}
