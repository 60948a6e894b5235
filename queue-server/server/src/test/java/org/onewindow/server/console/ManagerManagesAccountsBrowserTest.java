package org.onewindow.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;

/**
 * The manager's accounts tab in Chromium: a clerk made there signs in with the password shown once,
 * is refused once disabled, and a device's replaced token opens nothing while the new one does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagerManagesAccountsBrowserTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private static void accept(Browser b) {
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void aClerkMadeInTheConsoleSignsInUntilDisabledAndARotatedTokenReplacesTheOld() {
        Http http = new Http(port);
        try (Browser manager = Browser.open(port, "zh-CN"); Browser clerk = Browser.open(port, "zh-CN")) {
            manager.signIn("manager", "demo-manager");
            manager.waitUrlContains("manager.html");
            manager.click("#tab-accounts");
            manager.waitText("#accounts-table", "clerk01");
            manager.waitText("#registered-devices-table", "kiosk-1");

            manager.type("#new-account-username", "clerk-web");
            manager.type("#new-account-name", "吴倩");
            manager.type("#new-account-windows", "3");
            manager.click("#new-account-create");
            String password = manager.waitVisible("#one-time-value").getText();
            assertThat(password).hasSizeGreaterThanOrEqualTo(10);
            assertThat(manager.waitPresent("#account-clerk-web .account-name").getDomProperty("value")).isEqualTo("吴倩");
            manager.screenshot("manager-accounts");
            manager.click("#secret-dismiss");
            manager.waitGone("#one-time-value");

            clerk.signIn("clerk-web", password);
            clerk.waitUrlContains("clerk.html");
            clerk.waitText("#who", "吴倩");

            manager.click("#account-clerk-web button.disable");
            accept(manager);
            manager.waitText("#account-clerk-web .account-state", "已停用");

            // The open console's session has ended: the next load goes back to the sign-in page...
            clerk.reload();
            clerk.waitUrlContains("/console/?next=");
            // ...and the password no longer signs in.
            clerk.signIn("clerk-web", password);
            clerk.waitText("#signin-error", "用户名或密码不正确");
            assertThat(http.get("/api/halls", Http.basic("clerk-web", password)).status()).isEqualTo(401);

            assertThat(http.get("/api/halls/testhall/board", Http.bearer("demo-board-token")).status()).isEqualTo(200);
            manager.click("#registered-device-board-main button.rotate-token");
            accept(manager);
            String token = manager.waitVisible("#one-time-value").getText();
            manager.waitText("#one-time-secret", "board-main");
            manager.screenshot("manager-device-token");
            assertThat(http.get("/api/halls/testhall/board", Http.bearer("demo-board-token")).status()).isEqualTo(401);
            assertThat(http.get("/api/halls/testhall/board", Http.bearer(token)).status()).isEqualTo(200);
        }
    }
}
