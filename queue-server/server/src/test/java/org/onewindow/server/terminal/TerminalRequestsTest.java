package org.onewindow.server.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rest.RateableService;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rpc.MqttRequester;
import org.onewindow.protocol.rpc.RpcException;
import org.onewindow.protocol.rpc.RpcReply;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.testsupport.HallRestDriver;

/** A 24-hour terminal asking the whole server over its embedded broker, as it does from a village. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerminalRequestsTest {

    private static final String HALL = "linxia";
    private static final int MQTT_PORT = FreePorts.any();
    private static final Identity WANG_FANG = new Identity("622901198801010049", "王芳");
    private static final HallTopics TOPICS = HallTopics.forHall(HALL);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, "linxia", TestDevices.Device.of("terminal-village-1", "TERMINAL"),
                TestDevices.Device.of("terminal-village-2", "TERMINAL"),
                TestDevices.Device.atWindow("window-5", "WINDOW_SCREEN", "5"));
        // These tests look the same persons up many times a minute; IdentityLookupLimitsTest tests the limits.
        registry.add("onewindow.terminal.lookups-per-device-minute", () -> 10_000);
        registry.add("onewindow.terminal.lookups-per-person-minute", () -> 10_000);
    }

    @LocalServerPort
    int port;

    @Autowired
    TerminalRequests requests;

    @Autowired
    HallDirectory halls;

    private MqttGateway link;
    private MqttRequester terminal;

    @BeforeEach
    void connect() {
        link = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "terminal-village-1"));
        await().atMost(Duration.ofSeconds(10)).until(link::isConnected);
        terminal = new MqttRequester(link, TOPICS, "terminal-village-1");
    }

    @AfterEach
    void close() {
        terminal.close();
        link.close();
    }

    private <T> T ask(String operation, Object body, Class<T> type) {
        return terminal.request(operation, body, type, Duration.ofSeconds(5)).join();
    }

    private HallRestDriver staff(String user, String password) {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, user, password, Duration.ofSeconds(5));
    }

    @Test
    void aSwipedCardFindsTheApplicantsCases() {
        HallRestDriver manager = staff("manager", "demo-manager");
        HallRestDriver clerk = staff("clerk06", "demo-clerk");
        HallView.Item item = manager.hall().items().stream().filter(i -> i.areaId().equals("estate") && i.promisedDays() > 0)
                .findFirst().orElseThrow();
        manager.issueTicket(new IssueTicketRequest("t-case", "estate", item.code(), WANG_FANG, null, null));
        clerk.signIn("24");
        clerk.callNext("24");
        clerk.finish("24", new FinishRequest("ACCEPTED", List.of(), ""));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                ask("cases.mine", Map.of("identity", WANG_FANG), CaseView[].class).length == 1);
        CaseView mine = ask("cases.mine", Map.of("identity", WANG_FANG), CaseView[].class)[0];
        assertThat(mine.itemName()).isEqualTo(item.name());
        assertThat(mine.maskedName()).isEqualTo("王*");
        assertThat(ask("cases.mine", Map.of("identity", new Identity("622901197511200050", "赵强")), CaseView[].class)).isEmpty();
    }

    @Test
    void aResultReadyInALockerIsCollectedAfterHoursWithTheIdCardAndTheGrantOfThisTerminal() {
        Identity liMing = new Identity("622901199008150032", "李明");
        HallRestDriver manager = staff("manager", "demo-manager");
        HallRestDriver clerk = staff("clerk07", "demo-clerk");
        manager.issueTicket(new IssueTicketRequest("t-locker", "social", null, liMing, null, null));
        clerk.signIn("12");
        clerk.callNext("12");
        clerk.finish("12", new FinishRequest("ACCEPTED", List.of(), ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> ask("cases.mine", Map.of("identity", liMing), CaseView[].class).length == 1);
        String caseNo = ask("cases.mine", Map.of("identity", liMing), CaseView[].class)[0].caseNo();
        manager.moveCase(caseNo, new CaseStatusRequest("DECIDED", "准予", null, null));
        CaseView ready = manager.moveCase(caseNo, new CaseStatusRequest("READY", "", "LOCKER", ""));
        assertThat(ready.pickupPlace()).isNotEmpty();

        CaseView[] waiting = ask("locker.mine", Map.of("identity", liMing), CaseView[].class);
        assertThat(waiting).extracting(CaseView::caseNo).containsExactly(caseNo);
        assertThat(waiting[0].pickupPlace()).isEqualTo(ready.pickupPlace());
        assertThat(ask("locker.mine", Map.of("identity", WANG_FANG), CaseView[].class)).isEmpty();
        // Someone else's card gets no grant; a card alone records nothing.
        assertThatThrownBy(() -> ask("locker.open", Map.of("identity", WANG_FANG, "caseNo", caseNo), LockerGrant.class))
                .cause().isInstanceOf(RpcException.class);
        assertThatThrownBy(() -> ask("locker.collected", Map.of("identity", liMing, "caseNo", caseNo), CaseView.class))
                .cause().satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("INVALID_FIELD"));
        LockerGrant grant = ask("locker.open", Map.of("identity", liMing, "caseNo", caseNo), LockerGrant.class);
        // Another terminal cannot record the pickup this one was given leave for.
        try (MqttGateway otherLink = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "terminal-village-2"));
             MqttRequester other = new MqttRequester(otherLink, TOPICS, "terminal-village-2")) {
            assertThatThrownBy(() -> other.request("locker.collected", Map.of("grant", grant.token()), CaseView.class,
                    Duration.ofSeconds(5)).join())
                    .cause().satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("GRANT_INVALID"));
        }
        CaseView delivered = ask("locker.collected", Map.of("grant", grant.token()), CaseView.class);
        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(ask("locker.mine", Map.of("identity", liMing), CaseView[].class)).isEmpty();
    }

    @Test
    void aPickupRecordedByItsGrantIsRecordedOnceAndAForgedGrantNever() {
        Identity sun = new Identity("622901198203150025", "孙丽");
        HallRestDriver manager = staff("manager", "demo-manager");
        HallRestDriver clerk = staff("clerk08", "demo-clerk");
        manager.issueTicket(new IssueTicketRequest("t-grant", "fund", null, sun, null, null));
        clerk.signIn("14");
        clerk.callNext("14");
        clerk.finish("14", new FinishRequest("ACCEPTED", List.of(), ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> ask("cases.mine", Map.of("identity", sun), CaseView[].class).length == 1);
        String caseNo = ask("cases.mine", Map.of("identity", sun), CaseView[].class)[0].caseNo();
        manager.moveCase(caseNo, new CaseStatusRequest("DECIDED", "准予", null, null));
        CaseView ready = manager.moveCase(caseNo, new CaseStatusRequest("READY", "", "LOCKER", ""));

        assertThatThrownBy(() -> ask("locker.open", Map.of("identity", WANG_FANG, "caseNo", caseNo), LockerGrant.class))
                .cause().satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("NOT_FOUND"));
        LockerGrant grant = ask("locker.open", Map.of("identity", sun, "caseNo", caseNo), LockerGrant.class);
        assertThat(grant.slot()).isEqualTo(Integer.parseInt(ready.pickupPlace()));
        String forged = grant.token().substring(0, grant.token().lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        assertThatThrownBy(() -> ask("locker.collected", Map.of("grant", forged), CaseView.class))
                .cause().satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("GRANT_INVALID"));

        CaseView delivered = ask("locker.collected", Map.of("grant", grant.token()), CaseView.class);
        assertThat(delivered.status()).isEqualTo("DELIVERED");
        // Sent again (its answer was lost): the same case, recorded once.
        CaseView again = ask("locker.collected", Map.of("grant", grant.token()), CaseView.class);
        assertThat(again.history()).hasSameSizeAs(delivered.history());
    }

    @Test
    void aDeviceThatIsNeitherATerminalNorAKioskOfTheHallIsRefusedWhateverItAsks() {
        Hall linxia = halls.all().stream().filter(h -> h.id().equals("linxia")).findFirst().orElseThrow();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(requests.answer(linxia, "window-5", "hall", body).code()).isEqualTo("FORBIDDEN");
        assertThat(requests.answer(linxia, "board-main", "hall", body).code()).isEqualTo("FORBIDDEN");
        assertThat(requests.answer(linxia, "not-registered", "hall", body).code()).isEqualTo("FORBIDDEN");
        assertThat(requests.answer(linxia, "terminal-village-1", "hall", body).ok()).isTrue();
        // A kiosk is a terminal outside opening hours.
        assertThat(requests.answer(linxia, "kiosk-1", "hall", body).ok()).isTrue();
    }

    @Test
    void theAnswerGoesToTheAskingTerminalWhateverReplyTopicTheRequestNames() throws Exception {
        List<String> replies = new CopyOnWriteArrayList<>();
        try (MqttGateway watcher = MqttGateways.connect(TestDevices.watcher("tcp://127.0.0.1:" + MQTT_PORT, "replies"))) {
            await().atMost(Duration.ofSeconds(10)).until(watcher::isConnected);
            watcher.subscribe(TOPICS.allDeviceReplies(), 1, (topic, payload, retained) -> replies.add(topic)).join();
            link.publishExchange(TOPICS.deviceRequest("terminal-village-1", "hall"), "{}".getBytes(StandardCharsets.UTF_8), 1,
                    new MqttGateway.Exchange(TOPICS.deviceReplies("terminal-village-2"), "spoofed".getBytes(StandardCharsets.UTF_8)))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> !replies.isEmpty());
            assertThat(replies).containsExactly(TOPICS.deviceReplies("terminal-village-1"));
        }
    }

    @Test
    void aTerminalBooksAnOfferedSlotOnce() {
        // The first of the next days that offers slots (weekends and holidays offer none).
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        AppointmentSlot[] slots = new AppointmentSlot[0];
        for (int ahead = 1; ahead <= 7 && slots.length == 0; ahead++) {
            day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(ahead);
            slots = ask("appointments.slots", Map.of("areaId", "social", "date", day.toString()), AppointmentSlot[].class);
        }
        assertThat(slots).isNotEmpty();
        assertThat(slots[0].free()).isEqualTo(4);
        Map<String, Object> booking = Map.of("identity", WANG_FANG, "areaId", "social", "date", day.toString(),
                "slotStart", slots[0].start());
        AppointmentView booked = ask("appointments.book", booking, AppointmentView.class);
        assertThat(booked.code()).startsWith("OWA1.");
        assertThatThrownBy(() -> ask("appointments.book", booking, AppointmentView.class)).cause()
                .isInstanceOf(RpcException.class).satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("ALREADY_BOOKED"));

        // The holder finds it again and cancels it; nobody else can.
        AppointmentView[] mine = ask("appointments.mine", Map.of("identity", WANG_FANG), AppointmentView[].class);
        assertThat(mine).extracting(AppointmentView::id).containsExactly(booked.id());
        Identity other = new Identity("622901197511200050", "赵强");
        assertThatThrownBy(() -> ask("appointments.cancel", Map.of("identity", other, "appointmentId", booked.id()),
                AppointmentView.class)).cause().satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("NOT_FOUND"));
        AppointmentView cancelled = ask("appointments.cancel", Map.of("identity", WANG_FANG, "appointmentId", booked.id()),
                AppointmentView.class);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(ask("appointments.mine", Map.of("identity", WANG_FANG), AppointmentView[].class)).isEmpty();
        // Its place goes back to the slot.
        AppointmentSlot[] after = ask("appointments.slots", Map.of("areaId", "social", "date", day.toString()),
                AppointmentSlot[].class);
        assertThat(after[0].free()).isEqualTo(4);
    }

    @Test
    void theServedPersonRatesTheServiceOnceAtATerminal() {
        Identity zhao = new Identity("622901197511200050", "赵强");
        HallRestDriver manager = staff("manager", "demo-manager");
        HallRestDriver clerk = staff("clerk01", "demo-clerk");
        manager.issueTicket(new IssueTicketRequest("t-rate", "invest", null, zhao, null, null));
        clerk.signIn("1");
        clerk.callNext("1");
        clerk.finish("1", new FinishRequest("SERVED", List.of(), ""));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                ask("ratings.mine", Map.of("identity", zhao), RateableService[].class).length == 1);
        RateableService service = ask("ratings.mine", Map.of("identity", zhao), RateableService[].class)[0];
        assertThat(service.rated()).isFalse();
        assertThat(service.windowNo()).isEqualTo("1");
        // Another person cannot rate it, and a bad rating needs a reason.
        assertThatThrownBy(() -> ask("ratings.submit", Map.of("identity", WANG_FANG, "ticketId", service.ticketId(),
                "level", "VERY_SATISFIED"), RatingView.class)).cause()
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> ask("ratings.submit", Map.of("identity", zhao, "ticketId", service.ticketId(),
                "level", "DISSATISFIED"), RatingView.class)).cause()
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("INVALID_FIELD"));

        RatingView rating = ask("ratings.submit", Map.of("identity", zhao, "ticketId", service.ticketId(),
                "level", "SATISFIED"), RatingView.class);
        assertThat(rating.channel()).isEqualTo("TERMINAL");
        assertThat(rating.clerk()).isEqualTo("clerk01");
        assertThatThrownBy(() -> ask("ratings.submit", Map.of("identity", zhao, "ticketId", service.ticketId(),
                "level", "SATISFIED"), RatingView.class)).cause()
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("ALREADY_RATED"));
        assertThat(ask("ratings.mine", Map.of("identity", zhao), RateableService[].class)[0].rated()).isTrue();
    }

    @Test
    void aTerminalLearnsTheHallAndItsCalendar() {
        HallView hall = ask("hall", Map.of(), HallView.class);
        assertThat(hall.id()).isEqualTo(HALL);
        assertThat(hall.holidays()).isNotEmpty();
        assertThat(hall.items()).isNotEmpty();
    }

    @Test
    void aChecklistIsTheItemsMaterials() {
        HallView.Item item = ask("items.checklist", Map.of("itemCode", staff("manager", "demo-manager").hall().items().get(0).code()),
                HallView.Item.class);
        assertThat(item.materials()).isNotEmpty();
    }

    @Test
    void anUnreadableRequestOrAnUnknownOperationIsRefusedPlainly() {
        RpcReply garbled = terminal.request("cases.mine", "{oops".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5)).join();
        assertThat(garbled.ok()).isFalse();
        assertThat(garbled.code()).isEqualTo("INVALID_BODY");
        RpcReply unknown = terminal.request("delete.everything", "{}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5)).join();
        assertThat(unknown.code()).isEqualTo("UNKNOWN_OPERATION");
        RpcReply noCard = terminal.request("cases.mine", "{}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5)).join();
        assertThat(noCard.code()).isEqualTo("INVALID_FIELD");
    }

}
