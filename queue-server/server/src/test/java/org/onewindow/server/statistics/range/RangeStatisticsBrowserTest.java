package org.onewindow.server.statistics.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.TestServer;

/** The manager's statistics tab, in Chromium, over last month's records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RangeStatisticsBrowserTest {

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

    @Test
    void aManagerPicksLastMonthGroupsByClerkAndDownloadsTheFiles() {
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        String d1 = first.plusDays(2).toString();
        String d2 = first.plusDays(9).toString();
        new RangeFixtures(jdbc, "testhall")
                .ticket(d1.replace("-", "") + "-A001", d1, "biz", "", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 240, 600, 0, "pk1")
                .ticket(d1.replace("-", "") + "-A002", d1, "biz", "", "FINISHED", "5", "SPECIALISED", "clerk02", 480, 300, 1, "pk2")
                .ticket(d2.replace("-", "") + "-C001", d2, "social", "", "NO_SHOW", "1", "COMPREHENSIVE", "clerk01", 60, null, 0, "pk3")
                .rating(d1.replace("-", "") + "-A001", "1", "clerk01", "biz", "VERY_SATISFIED", d1 + "T11:00:00+08:00")
                .rating(d1.replace("-", "") + "-A002", "5", "clerk02", "biz", "DISSATISFIED", d1 + "T11:10:00+08:00")
                .followUp("F1", d1.replace("-", "") + "-A002", d1 + "T12:00:00+08:00", first.plusDays(20).toString(),
                        first.plusDays(5) + "T10:00:00+08:00");

        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("manager", "demo-manager");
            b.waitUrlContains("manager.html");
            b.click("#tab-stats");
            b.waitVisible("#range-table");
            b.click("#range-last-month");
            b.waitText("#range-days", first + " 至 " + first.withDayOfMonth(first.lengthOfMonth()));
            b.waitText("#range-row-biz", "企业");
            b.waitText("#range-row-total", "3");
            b.waitText("#range-row-total", "50%");

            b.script("const s = document.querySelector('#range-by'); s.value = 'clerk'; s.dispatchEvent(new Event('change'));"
                    + " arguments[arguments.length - 1]();");
            b.waitText("#range-row-clerk02", "1 / 0");
            b.scrollTo("#range-table");
            b.screenshot("manager-statistics-range");

            String href = (String) b.script("arguments[arguments.length - 1](document.querySelector('#range-xlsx').href);");
            assertThat(href).contains("/statistics/range.xlsx?from=" + first + "&to=").endsWith("&by=clerk");
            String csv = (String) b.script("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.querySelector('#range-csv').href, {credentials: 'same-origin'})
                      .then(r => r.arrayBuffer()).then(buf => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(buf)));
                    """);
            assertThat(csv).startsWith("\uFEFF").contains("工作人员编号").contains("clerk02").contains("合计");

            b.script("document.querySelector('#range-from').value = '2020-01-01'; arguments[arguments.length - 1]();");
            b.click("#range-show");
            b.waitText("#range-error", "366");
        }
    }
}
