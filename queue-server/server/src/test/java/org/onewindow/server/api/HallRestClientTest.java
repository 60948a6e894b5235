package org.onewindow.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.TestRedis;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.protocol.testsupport.FreePorts;

/** The protocol module's client against a running server, as the kiosk will use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HallRestClientTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private HallRestClient kiosk() {
        return HallRestClient.forDevice("http://127.0.0.1:" + port + "/", "testhall", "demo-kiosk-token", Duration.ofSeconds(3));
    }

    @Test
    void aKioskReadsTheHallAndTakesATicketThatAClerkCalls() {
        assertThat(kiosk().hall().areas()).extracting(a -> a.prefix()).containsExactly("A", "B", "C");
        String requestId = UUID.randomUUID().toString();
        TicketView ticket = kiosk().issueTicket(new IssueTicketRequest(requestId, "social", null, null, null, null));
        assertThat(kiosk().issueTicket(new IssueTicketRequest(requestId, "social", null, null, null, null)).ticketId())
                .isEqualTo(ticket.ticketId());

        HallRestDriver clerk = HallRestDriver.forStaff("http://127.0.0.1:" + port, "testhall", "clerk08", "demo-clerk",
                Duration.ofSeconds(3));
        clerk.signIn("9");
        TicketView called;
        while (!(called = clerk.callNext("9").orElseThrow()).number().equals(ticket.number())) {
            clerk.finish("9");
        }
        assertThat(clerk.finish("9").status()).isEqualTo("DONE");
        assertThat(clerk.callNext("9")).isEmpty();
        assertThat(called.number()).isEqualTo(ticket.number());
    }

    @Test
    void refusalsAndAnUnreachableServerAreOneClearException() {
        assertThatThrownBy(() -> kiosk().issueTicket(new IssueTicketRequest("r", "nowhere", null, null, null, null)))
                .isInstanceOfSatisfying(HallApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.error().code()).isEqualTo("NOT_FOUND");
                });
        assertThatThrownBy(() -> HallRestDriver.forDevice("http://127.0.0.1:" + port, "testhall", "demo-kiosk-token",
                Duration.ofSeconds(3)).signIn("1"))
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        HallRestClient nowhere = HallRestClient.forDevice("http://127.0.0.1:" + FreePorts.any(), "testhall", "t",
                Duration.ofSeconds(1));
        assertThatThrownBy(nowhere::hall)
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.unreachable()).isTrue());
    }

    @Test
    void aKioskLeavesANumberForItsTicketAndRefusalsAreTheClientsException() {
        TicketView ticket = kiosk().issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), "estate", null, null,
                null, null));
        NearTurnNoticeView left = kiosk().leaveNumber(ticket.trackingCode(), new NearTurnNoticeRequest("138 1234 5678", true));
        assertThat(left.mobile()).isEqualTo("138****5678");
        assertThat(left.family()).isTrue();
        assertThat(left.peopleAhead()).isEqualTo(ticket.peopleAhead());

        assertThatThrownBy(() -> kiosk().leaveNumber(ticket.trackingCode(), new NearTurnNoticeRequest("1381234", false)))
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> kiosk().leaveNumber("no-such-code", new NearTurnNoticeRequest("13812345678", false)))
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        HallRestDriver clerk = HallRestDriver.forStaff("http://127.0.0.1:" + port, "testhall", "clerk07", "demo-clerk",
                Duration.ofSeconds(3));
        clerk.signIn("8");
        while (!clerk.callNext("8").orElseThrow().number().equals(ticket.number())) {
            clerk.finish("8");
        }
        assertThatThrownBy(() -> kiosk().leaveNumber(ticket.trackingCode(), new NearTurnNoticeRequest("13812345678", false)))
                .isInstanceOfSatisfying(HallApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.error().code()).isEqualTo("NOT_WAITING");
                    assertThat(e.getMessage()).doesNotContain("13812345678");
                });
    }
}
