package org.onewindow.server.statistics.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/** The range endpoints of a running server over records written as fixtures into its database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RangeStatisticsApiTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");
    private static final String RANGE = "/api/halls/testhall/statistics/range";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<byte[]> bytes(String path, String auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", auth).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void fixtures() {
        jdbc.sql("delete from ticket_record where hall = 'testhall'").update();
        new RangeFixtures(jdbc, "testhall")
                .ticket("20261102-A001", "2026-11-02", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 60, 300, 0, "pk1")
                .ticket("20261103-A001", "2026-11-03", "biz", "QY001", "FINISHED", "5", "SPECIALISED", "clerk02", 120, 100, 0, "pk2");
    }

    @Test
    void aManagerReadsAMonthAsJsonCsvAndExcel() throws Exception {
        fixtures();
        Reply json = new Http(port).get(RANGE + "?from=2026-11-01&to=2026-11-30&by=area", MANAGER);
        assertThat(json.status()).isEqualTo(200);
        RangeStatistics s = JsonCodec.fromJson(json.body(), RangeStatistics.class);
        assertThat(s.total().served()).isEqualTo(2);
        assertThat(s.total().comprehensivePercent()).isEqualTo(50.0);
        assertThat(s.groups()).extracting(RangeStatistics.Group::key).containsExactly("biz");

        HttpResponse<byte[]> csv = bytes(RANGE + ".csv?from=2026-11-01&to=2026-11-30&by=area", MANAGER);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("statistics-testhall-2026-11-01-2026-11-30-area.csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(3);
        assertThat(text.lines().findFirst().orElseThrow()).contains("区域编号", "一窗受理率(%)", "非常满意", "按期整改率(%)");
        assertThat(text).contains("\r\n2026-11-01,2026-11-30,,合计,2,2,0,0,1,50.0,90,");

        HttpResponse<byte[]> xlsx = bytes(RANGE + ".xlsx?from=2026-11-01&to=2026-11-30&by=clerk", MANAGER);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("工作人员编号");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("clerk01");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void wrongRangesAre400NamingTheFieldAndOnlyManagersMayAsk() throws Exception {
        Http http = new Http(port);
        String[][] cases = {{"?from=2026-11-30&to=2026-11-01", "from"}, {"?from=2025-01-01&to=2026-11-30", "to"},
                {"?to=2026-11-30", "from"}, {"?from=2026-11-01&to=2026-11-30&by=room", "by"}};
        for (String[] c : cases) {
            for (String suffix : new String[] {"", ".csv", ".xlsx"}) {
                Reply reply = http.get(RANGE + suffix + c[0], MANAGER);
                assertThat(reply.status()).as(suffix + c[0]).isEqualTo(400);
                ApiError error = JsonCodec.fromJson(reply.body(), ApiError.class);
                assertThat(error.field()).isEqualTo(c[1]);
            }
        }
        assertThat(http.get(RANGE + "?from=2026-11-01&to=2026-11-30", CLERK).status()).isEqualTo(403);
        assertThat(http.get(RANGE + ".xlsx?from=2026-11-01&to=2026-11-30", null).status()).isEqualTo(401);
        assertThat(http.get("/api/halls/nohall/statistics/range?from=2026-11-01&to=2026-11-30", MANAGER).status())
                .isEqualTo(404);
    }
}
