package org.onewindow.server.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.testsupport.TestRedis;

/** Device faults in a real Redis: one alert per fault, acknowledged once for the whole hall. */
class DeviceAlertsTest {

    private static final Instant AT = Instant.parse("2026-11-24T02:00:00Z");
    private static final DeviceHealth.Component READER_FAULT =
            new DeviceHealth.Component("idcard-reader", "FAULT", "find card: no answer within 500 ms", "READER_NO_ANSWER");
    private static final DeviceHealth.Component READER_OK = new DeviceHealth.Component("idcard-reader", "OK", "正常");
    private static final DeviceHealth.Component PAPER_LOW = new DeviceHealth.Component("printer", "WARNING", "纸将尽");

    private UnifiedJedis pool;

    static List<String> servers() {
        return TestRedis.servers().toList();
    }

    private DeviceAlerts alerts(String server) {
        pool = TestRedis.pool(server);
        return new DeviceAlerts(pool, new LuaScripts(pool), new MutableClock(AT), new LiveStreams());
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aFaultIsOneAlertHoweverOftenItIsReportedAndAnAcknowledgementHoldsForEveryone(String server) {
        DeviceAlerts alerts = alerts(server);
        String hall = "h" + UUID.randomUUID();
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT, PAPER_LOW), AT);
        // Reported again (a reconnect, a second server instance hearing the same report): the same fault.
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT, PAPER_LOW), AT.plusSeconds(30));
        List<DeviceAlert> open = alerts.open(hall);
        assertThat(open).singleElement().satisfies(a -> {
            assertThat(a.part()).isEqualTo("idcard-reader");
            assertThat(a.code()).isEqualTo("READER_NO_ANSWER");
            assertThat(a.since()).isEqualTo(AT);
            assertThat(a.acknowledged()).isFalse();
        });

        DeviceAlert acknowledged = alerts.acknowledge(hall, open.get(0).id(), "manager");
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("manager");
        // A second manager acknowledging it too changes nothing: the first is kept.
        assertThat(alerts.acknowledge(hall, open.get(0).id(), "deputy").acknowledgedBy()).isEqualTo("manager");
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT), AT.plusSeconds(60));
        assertThat(alerts.open(hall)).singleElement().extracting(DeviceAlert::acknowledgedBy).isEqualTo("manager");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aPartThatRecoversEndsItsFaultAndFailingAgainIsANewAlert(String server) {
        DeviceAlerts alerts = alerts(server);
        String hall = "h" + UUID.randomUUID();
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT), AT);
        DeviceAlert first = alerts.open(hall).get(0);
        alerts.acknowledge(hall, first.id(), "manager");

        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_OK), AT.plusSeconds(60));
        assertThat(alerts.open(hall)).isEmpty();
        assertThatThrownBy(() -> alerts.acknowledge(hall, first.id(), "manager")).isInstanceOf(NotFoundException.class);

        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT), AT.plusSeconds(120));
        assertThat(alerts.open(hall)).singleElement().satisfies(a -> {
            assertThat(a.id()).isNotEqualTo(first.id());
            assertThat(a.acknowledged()).isFalse();
        });
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDeviceTakenOutOfServiceTakesItsFaultsWithItAndOnlyItsOwn(String server) {
        DeviceAlerts alerts = alerts(server);
        String hall = "h" + UUID.randomUUID();
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(READER_FAULT), AT);
        alerts.reported(hall, "kiosk-2", "KIOSK", List.of(READER_FAULT), AT);
        // A part no longer reported at all is no longer faulty either.
        alerts.reported(hall, "kiosk-1", "KIOSK", List.of(PAPER_LOW), AT.plusSeconds(5));
        assertThat(alerts.open(hall)).extracting(DeviceAlert::deviceId).containsExactly("kiosk-2");
        alerts.cleared(hall, "kiosk-2");
        assertThat(alerts.open(hall)).isEmpty();
        assertThatThrownBy(() -> alerts.acknowledge(hall, "no-such-fault", "manager")).isInstanceOf(NotFoundException.class);
    }
}
