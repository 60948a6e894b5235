package org.onewindow.server.glance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The manager's hall at a glance in Chromium: the demo hall's 34 windows, its areas and its alerts
 * on one 1920x1080 screen with nothing to scroll, following the hall live; an alert leads to the
 * tab where it is handled; the wall mode for the office's large screen, in English too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GlanceBrowserTest {

    private static final String HALL = "linxia";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
    }

    @LocalServerPort
    int port;

    @Test
    void theWholeHallFitsOneScreenFollowsItLiveAndLeadsToWhereAnAlertIsHandled() {
        clerk("clerk01").signIn("17");
        clerk("clerk02").signIn("18");
        clerk("clerk02").pause("18");
        manager().openTidal("29", new TidalOpenRequest(List.of("estate"), "不动产登记排队过长"));
        TicketView general = manager().issueTicket(new IssueTicketRequest("glance-general", "general", null, null, null, null));
        clerk("clerk01").callNext("17");
        try (Browser manager = Browser.open(port, "zh-CN")) {
            manager.driver.manage().window().setSize(new Dimension(1920, 1080));
            manager.signIn("manager", "demo-manager");
            manager.waitUrlContains("manager.html");
            manager.click("#to-glance");
            manager.waitUrlContains("glance.html");
            manager.waitText("#tile-17", general.number());
            manager.waitText("#tile-17", "李娜");
            manager.waitText("#tile-17", "用时 0:");
            assertThat(manager.attribute("#tile-17", "data-state")).isEqualTo("SERVING");
            assertThat(manager.attribute("#tile-18", "data-state")).isEqualTo("PAUSED");
            assertThat(manager.attribute("#tile-1", "data-state")).isEqualTo("CLOSED");
            assertThat(manager.attribute("#tile-29", "class")).contains("tidal");
            assertThat(manager.findAll(".tile")).hasSize(34);
            assertThat(manager.findAll(".bar-row")).hasSizeGreaterThanOrEqualTo(10);
            manager.waitText("#alerts", "一切正常");

            // A citizen waits where no window serves: raised live, and it leads to the tidal tab.
            manager().issueTicket(new IssueTicketRequest("glance-justice", "justice", null, null, null, null));
            manager.waitText("#alerts", "司法");
            manager.waitText("#alerts", "没有开放的窗口");
            assertThat(manager.attribute("#bar-justice", "class")).contains("none");
            Object overflow = manager.script(
                    "arguments[arguments.length - 1](document.documentElement.scrollHeight - window.innerHeight)");
            assertThat(((Number) overflow).intValue()).as("pixels to scroll at 1920x1080").isLessThanOrEqualTo(0);
            manager.screenshot("glance");
            manager.click("#alerts .alert-NO_WINDOW .alert-go");
            manager.waitUrlContains("manager.html#tidal");
            manager.waitVisible("#tidal-28");

            // The wall: no console links, dark, English on request.
            manager.go("/console/glance.html?wall&lang=en");
            manager.waitText("#alerts", "no window open");
            manager.waitText("#tile-17", general.number());
            Object wallOverflow = manager.script(
                    "arguments[arguments.length - 1](document.documentElement.scrollHeight - window.innerHeight)");
            assertThat(((Number) wallOverflow).intValue()).as("pixels to scroll on the wall").isLessThanOrEqualTo(0);
            assertThat(manager.attribute("body", "class")).contains("wall");
            assertThat(manager.find("#to-manager").isDisplayed()).isFalse();
            manager.screenshot("glance-wall");
            manager.go("/console/glance.html?lang=zh");
            manager.waitText("#alerts", "没有开放的窗口");
        }
    }

    private HallRestDriver manager() {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    private HallRestDriver clerk(String user) {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, user, "demo-clerk", Duration.ofSeconds(5));
    }
}
