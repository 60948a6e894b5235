package org.onewindow.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;

/**
 * The manager's audit tab in Chromium: today's entries, the manager's own sign-in among them, and
 * only one action's when the manager asks for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagerReadsTheAuditTrailBrowserTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Test
    void theAuditTabListsTodaysEntriesAndOneActionsOnAsking() {
        Http http = new Http(port);
        try (Browser manager = Browser.open(port, "zh-CN")) {
            manager.signIn("manager", "demo-manager");
            manager.waitUrlContains("manager.html");
            assertThat(http.put("/api/halls/testhall/tidal/auto-mode", MANAGER, "{\"enabled\":true}").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                String trail = http.get("/api/audit?action=tidal-auto-mode", MANAGER).body();
                return trail.contains("tidal-auto-mode");
            });

            manager.click("#tab-audit");
            // Named in the reader's language; the code the log lines carry is the cell's title.
            manager.waitText("#audit-trail", "登录工作台");
            manager.waitText("#audit-trail", "潮汐自动模式");
            manager.waitText("#audit-trail", "enabled=true");
            manager.screenshot("manager-audit");

            new org.openqa.selenium.support.ui.Select(manager.find("#audit-action")).selectByVisibleText("潮汐自动模式");
            manager.click("#audit-show");
            await().atMost(Duration.ofSeconds(10)).until(() -> manager.findAll("#audit-trail tbody tr").stream()
                    .map(row -> row.findElement(org.openqa.selenium.By.cssSelector(".audit-what")))
                    .allMatch(cell -> "潮汐自动模式".equals(cell.getText()) && "tidal-auto-mode".equals(cell.getDomAttribute("title")))
                    && !manager.findAll("#audit-trail tbody tr").isEmpty());
            assertThat(manager.find("#audit-action").getDomProperty("value")).isEqualTo("tidal-auto-mode");
        }
    }
}
