package org.onewindow.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.testsupport.TestServer;

/**
 * What a device's token alone, shared by everyone at a board or terminal, no longer reaches: a
 * ticket by its counting id, someone else's appointment; and what no request may store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevicesNeedTheHoldersProofApiTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String BOARD = Http.bearer("demo-board-token");
    private static final String TERMINAL = Http.bearer("demo-terminal-token");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String HALL = "/api/halls/testhall";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    private static String identity(String number, String name) {
        return "{\"idNumber\":\"" + number + "\",\"name\":\"" + name + "\"}";
    }

    private AppointmentView book(String number) {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Reply booked = http().post(HALL + "/appointments", MANAGER, "{\"areaId\":\"estate\",\"date\":\"" + tomorrow
                + "\",\"slotStart\":\"10:00\",\"slotMinutes\":30,\"identity\":" + identity(number, "李明") + "}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return JsonCodec.fromJson(booked.body(), AppointmentView.class);
    }

    private static ApiError error(Reply reply) {
        return JsonCodec.fromJson(reply.body(), ApiError.class);
    }

    @Test
    void aDeviceCannotReadATicketByItsCountingIdButByItsTrackingCode() {
        Reply issued = http().post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}");
        TicketView ticket = JsonCodec.fromJson(issued.body(), TicketView.class);

        for (String device : new String[] {BOARD, KIOSK, TERMINAL}) {
            Reply byId = http().get(HALL + "/tickets/" + ticket.ticketId(), device);
            assertThat(byId.status()).isEqualTo(403);
            assertThat(error(byId).code()).isEqualTo("FORBIDDEN");
            assertThat(byId.body()).doesNotContain(ticket.number());
        }
        assertThat(http().get(HALL + "/tickets/" + ticket.ticketId(), MANAGER).status()).isEqualTo(200);
        assertThat(http().get(HALL + "/track/" + ticket.trackingCode(), null).status()).isEqualTo(200);
    }

    @Test
    void aTerminalCancelsAnAppointmentOnlyWithItsCodeOrItsHoldersIdCard() {
        AppointmentView byCode = book(TestIds.resident("19900815", 31));
        AppointmentView byCard = book(TestIds.resident("19900815", 32));
        AppointmentView other = book(TestIds.resident("19900815", 33));

        Reply bare = http().post(HALL + "/appointments/" + byCode.id() + "/cancel", TERMINAL, "");
        Reply otherCode = http().post(HALL + "/appointments/" + byCode.id() + "/cancel", TERMINAL,
                "{\"code\":\"" + other.code() + "\"}");
        Reply otherCard = http().post(HALL + "/appointments/" + byCard.id() + "/cancel", TERMINAL,
                "{\"identity\":" + identity(TestIds.resident("19900815", 33), "王五") + "}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(error(bare).field()).isEqualTo("code");
        assertThat(otherCode.status()).isEqualTo(422);
        assertThat(error(otherCode).code()).isEqualTo("APPOINTMENT_CODE_INVALID");
        assertThat(otherCard.status()).isEqualTo(404);
        for (AppointmentView a : new AppointmentView[] {byCode, byCard, other}) {
            assertThat(JsonCodec.fromJson(http().get(HALL + "/appointments/" + a.id(), MANAGER).body(), AppointmentView.class)
                    .status()).isEqualTo("BOOKED");
        }

        Reply withCode = http().post(HALL + "/appointments/" + byCode.id() + "/cancel", TERMINAL,
                "{\"code\":\"" + byCode.code() + "\"}");
        Reply withCard = http().post(HALL + "/appointments/" + byCard.id() + "/cancel", TERMINAL,
                "{\"identity\":" + identity(TestIds.resident("19900815", 32), "李明") + "}");
        Reply byManager = http().post(HALL + "/appointments/" + other.id() + "/cancel", MANAGER, "");
        assertThat(withCode.status()).isEqualTo(200);
        assertThat(withCard.status()).isEqualTo(200);
        assertThat(byManager.status()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(withCode.body(), AppointmentView.class).status()).isEqualTo("CANCELLED");
    }

    @Test
    void aKioskTicketForSomeoneBornIn2099IsRefusedNamingTheField() {
        Reply reply = http().post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID()
                + "\",\"areaId\":\"biz\",\"identity\":" + identity(TestIds.resident("20990101", 1), "李明") + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(error(reply).field()).isEqualTo("identity.idNumber");
    }

    @Test
    void overlongFreeTextIsRefusedNamingTheFieldAndTheLimit() {
        String huge = "长".repeat(100_000);
        Reply tidal = http().post(HALL + "/tidal/windows/20/open", MANAGER, "{\"areaIds\":[\"biz\"],\"reason\":\"" + huge + "\"}");
        Reply name = http().post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID()
                + "\",\"areaId\":\"biz\",\"identity\":" + identity(TestIds.resident("19900815", 40), huge) + "}");

        assertThat(tidal.status()).isEqualTo(400);
        assertThat(error(tidal).field()).isEqualTo("reason");
        assertThat(error(tidal).message()).contains("200");
        assertThat(name.status()).isEqualTo(400);
        assertThat(error(name).field()).isEqualTo("identity.name");
        assertThat(http().get(HALL + "/tidal/audit", MANAGER).body()).doesNotContain("长长长");
    }

    @Test
    void aFinishListingHugeOrCountlessMaterialsIsRefusedAndTheTicketStaysCalled() {
        http().post(HALL + "/windows/1/sign-in", MANAGER, "");
        http().post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}");
        Reply called = http().post(HALL + "/windows/1/call-next", MANAGER, "");
        assertThat(called.status()).isEqualTo(200);

        Reply huge = http().post(HALL + "/windows/1/finish", MANAGER,
                "{\"outcome\":\"MATERIALS_MISSING\",\"missingMaterials\":[\"" + "证".repeat(5_000) + "\"],\"note\":\"\"}");
        Reply countless = http().post(HALL + "/windows/1/finish", MANAGER,
                "{\"outcome\":\"MATERIALS_MISSING\",\"missingMaterials\":[" + "\"证\",".repeat(500) + "\"证\"],\"note\":\"\"}");

        assertThat(huge.status()).isEqualTo(400);
        assertThat(error(huge).field()).isEqualTo("missingMaterials");
        assertThat(countless.status()).isEqualTo(400);
        assertThat(error(countless).message()).contains("30");
        assertThat(JsonCodec.fromJson(http().get(HALL + "/tickets/" + JsonCodec.fromJson(called.body(), TicketView.class)
                .ticketId(), MANAGER).body(), TicketView.class).status()).isEqualTo("CALLED");
        http().post(HALL + "/windows/1/finish", MANAGER, "");
        http().post(HALL + "/windows/1/sign-out", MANAGER, "");
    }
}
