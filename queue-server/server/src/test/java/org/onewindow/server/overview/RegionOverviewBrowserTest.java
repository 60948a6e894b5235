package org.onewindow.server.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.server.testsupport.RegionHalls.CHENGGUAN;
import static org.onewindow.server.testsupport.RegionHalls.GUANGHE;
import static org.onewindow.server.testsupport.RegionHalls.LINXIA_CITY;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.RegionHalls;
import org.onewindow.server.testsupport.TestServer;

/**
 * A prefecture's manager in Chromium: the console opens on the overview of the prefecture's two
 * halls with their figures, the hall picker offers those two and not Lanzhou's, and a hall's
 * name leads to its own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionOverviewBrowserTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.halls.files", () -> RegionHalls.write(dataDir));
    }

    @LocalServerPort
    int port;

    @Test
    void aPrefecturesManagerOpensOnItsHallsAndPicksOneOfThemOnly() {
        Http http = new Http(port);
        assertThat(http.post("/api/accounts/staff", MANAGER, """
                {"username":"lx-manager","displayName":"州管理员","roles":["MANAGER"],"password":"prefecture-pass-1",
                 "scope":{"regions":["622900"]}}""").status()).isEqualTo(201);
        for (int i = 1; i <= 3; i++) {
            assertThat(http.post("/api/halls/" + GUANGHE + "/tickets", MANAGER,
                    "{\"requestId\":\"browser-" + i + "\",\"areaId\":\"biz\"}").status()).isEqualTo(201);
        }
        String clerk = Http.basic("clerk01", "demo-clerk");
        assertThat(http.post("/api/halls/" + GUANGHE + "/windows/1/sign-in", clerk, "").status()).isEqualTo(200);
        assertThat(http.post("/api/halls/" + GUANGHE + "/windows/1/call-next", clerk, "").status()).isEqualTo(200);
        try (Browser manager = Browser.open(port, "zh-CN")) {
            manager.driver.manage().window().setSize(new Dimension(1280, 800));
            manager.signIn("lx-manager", "prefecture-pass-1");
            manager.waitUrlContains("manager.html");
            manager.waitVisible("#region-table");
            manager.waitText("#region-hall-" + GUANGHE, "广河县");
            manager.waitText("#region-hall-" + LINXIA_CITY, "临夏市");
            assertThat(manager.findAll("#region-table tbody tr")).hasSize(2);
            assertThat(manager.find("#region-hall-" + GUANGHE).findElements(By.cssSelector("td.num"))
                    .stream().map(WebElement::getText).toList()).containsExactly("2", "1", "1", "3");
            manager.waitText("#region-total", "合计");
            assertThat(manager.findAll("#hall-picker option").stream().map(o -> o.getAttribute("value")).toList())
                    .containsExactly(LINXIA_CITY, GUANGHE).doesNotContain(CHENGGUAN);
            manager.screenshot("manager-region");

            manager.click("#region-hall-" + GUANGHE + " a");
            manager.waitUrlContains("hall=" + GUANGHE);
            manager.waitText("#area-biz", "2");
            assertThat(manager.attribute("#hall-picker", "value")).isEqualTo(GUANGHE);
        }
    }
}
