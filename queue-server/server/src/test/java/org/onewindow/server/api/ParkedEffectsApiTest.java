package org.onewindow.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.ParkedEffect;
import org.onewindow.server.testsupport.Breakdowns;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/** The parked effects endpoints of a running server, with a call whose announcement fails until it is mended. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Breakdowns.Wiring.class)
class ParkedEffectsApiTest {

    private static final String PARKED = "/api/halls/testhall/devices/effects/parked";
    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String WHY = "broker refused the server's account";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Breakdowns breakdowns;
    @Autowired
    HallEventLog eventLog;

    @Test
    void onlyTheManagerSeesAndRetriesParkedEffectsAndARetryThatFailsAgainIsAConflict() {
        Http http = new Http(port);
        assertThat(http.get(PARKED, MANAGER).status()).isEqualTo(200);
        assertThat(parked(http.get(PARKED, MANAGER))).isEmpty();
        for (String notManager : new String[] {CLERK, KIOSK}) {
            Reply refused = http.get(PARKED, notManager);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(error(refused).code()).isEqualTo("FORBIDDEN");
            assertThat(http.post(PARKED + "/devices:1-0/retry", notManager, "").status()).isEqualTo(403);
        }
        assertThat(http.get(PARKED, null).status()).isEqualTo(401);

        TicketView ticket = JsonCodec.fromJson(http.post("/api/halls/testhall/tickets", KIOSK,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}").body(), TicketView.class);
        breakdowns.breakFor(EffectGroup.DEVICES, HallEventType.TICKET_CALLED, ticket.number(), WHY);
        assertThat(http.post("/api/halls/testhall/windows/1/sign-in", CLERK, "").status()).isEqualTo(200);
        assertThat(http.post("/api/halls/testhall/windows/1/call-next", CLERK, "").body()).contains(ticket.number());

        await().atMost(Duration.ofSeconds(20)).until(() -> parked(http.get(PARKED, MANAGER)).size() == 1);
        ParkedEffect call = parked(http.get(PARKED, MANAGER)).get(0);
        assertThat(call.id()).isEqualTo("devices:" + call.streamId());
        assertThat(call.group()).isEqualTo("devices");
        assertThat(call.type()).isEqualTo("TICKET_CALLED");
        assertThat(call.ticketNumber()).isEqualTo(ticket.number());
        assertThat(call.windowNo()).isEqualTo("1");
        assertThat(call.tries()).isEqualTo(5);
        assertThat(call.error()).contains(WHY);
        assertThat(call.parkedAt()).isNotNull();
        // In the hall's log, so consoles on every instance hear of it, not only this one's.
        assertThat(logged(HallEventType.EFFECT_PARKED)).contains(call.id());

        Reply unknown = http.post(PARKED + "/devices:1-0/retry", MANAGER, "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(error(unknown).code()).isEqualTo("NOT_FOUND");

        Reply again = http.post(PARKED + "/" + call.id() + "/retry", MANAGER, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(error(again).code()).isEqualTo("EFFECT_FAILED");
        assertThat(error(again).message()).contains(WHY);
        assertThat(parked(http.get(PARKED, MANAGER))).extracting(ParkedEffect::id).containsExactly(call.id());

        breakdowns.mend(EffectGroup.DEVICES, HallEventType.TICKET_CALLED, ticket.number());
        Reply done = http.post(PARKED + "/" + call.id() + "/retry", MANAGER, "");
        assertThat(done.status()).isEqualTo(200);
        assertThat(parked(done)).isEmpty();
        assertThat(parked(http.get(PARKED, MANAGER))).isEmpty();
        assertThat(logged(HallEventType.EFFECT_UNPARKED)).containsExactly(call.id());
        assertThat(http.post(PARKED + "/" + call.id() + "/retry", MANAGER, "").status()).as("done already").isEqualTo(404);
    }

    private List<String> logged(HallEventType type) {
        return eventLog.readAfter("testhall", "0-0", 100_000).stream().filter(e -> e.type() == type)
                .map(e -> e.get("effect")).toList();
    }

    private static List<ParkedEffect> parked(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return List.of(JsonCodec.fromJson(reply.body(), ParkedEffect[].class));
    }

    private static ApiError error(Reply reply) {
        return JsonCodec.fromJson(reply.body(), ApiError.class);
    }
}
