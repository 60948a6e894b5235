package org.onewindow.protocol.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.topic.HallTopics;

/** The access table by itself; the brokers that apply it are tested in the server (BrokerAccessTest). */
class MqttAccessTest {

    private static final HallTopics LINXIA = HallTopics.forHall("linxia");

    @Test
    void aTerminalAsksOnlyOnItsOwnRequestTopicsAndHearsOnlyItsOwnReplies() {
        TopicGrants terminal = MqttAccess.of(new DeviceAccount("terminal-1", DeviceKind.TERMINAL, "linxia", null));

        assertThat(terminal.mayPublish(LINXIA.deviceRequest("terminal-1", "cases.mine"))).isTrue();
        assertThat(terminal.mayPublish(LINXIA.deviceRequest("terminal-2", "cases.mine"))).isFalse();
        assertThat(terminal.maySubscribe(LINXIA.deviceReplies("terminal-1"))).isTrue();
        assertThat(terminal.maySubscribe(LINXIA.deviceReplies("terminal-2"))).isFalse();
        assertThat(terminal.maySubscribe(LINXIA.allDeviceReplies())).isFalse();
        assertThat(terminal.maySubscribe("$share/onewindow-servers/" + LINXIA.allDeviceRequests())).isFalse();
        assertThat(terminal.maySubscribe("#")).isFalse();
        assertThat(terminal.maySubscribe(LINXIA.everything())).isFalse();
    }

    @Test
    void aWildcardSubscriptionIsAllowedOnlyInsideAGrantedFilter() {
        TopicGrants kiosk = MqttAccess.of(new DeviceAccount("kiosk-1", DeviceKind.KIOSK, "linxia", null));

        assertThat(kiosk.maySubscribe(LINXIA.allAreaQueues())).isTrue();
        assertThat(kiosk.maySubscribe(LINXIA.areaQueue("social"))).isTrue();
        assertThat(kiosk.maySubscribe("hall/v1/linxia/areas/#")).isFalse();
        assertThat(kiosk.maySubscribe("hall/v1/linxia/+/+/queue")).isFalse();
        assertThat(kiosk.maySubscribe(HallTopics.forHall("other").board())).isFalse();
        // Outside opening hours a kiosk is a terminal: it asks as itself.
        assertThat(kiosk.mayPublish(LINXIA.deviceRequest("kiosk-1", "cases.mine"))).isTrue();
        assertThat(kiosk.maySubscribe(LINXIA.deviceReplies("kiosk-1"))).isTrue();
        assertThat(kiosk.maySubscribe(LINXIA.deviceReplies("terminal-1"))).isFalse();
    }

    @Test
    void anEvaluatorRatesOnlyAtItsOwnWindowAndNoDevicePublishesHallState() {
        TopicGrants evaluator = MqttAccess.of(new DeviceAccount("evaluator-5", DeviceKind.EVALUATOR, "linxia", "5"));

        assertThat(evaluator.mayPublish(LINXIA.evaluatorRating("5"))).isTrue();
        assertThat(evaluator.mayPublish(LINXIA.evaluatorRating("6"))).isFalse();
        assertThat(evaluator.mayPublish(LINXIA.evaluatorResult("5"))).isFalse();
        assertThat(evaluator.mayPublish(LINXIA.board())).isFalse();
        assertThat(evaluator.mayPublish(LINXIA.serverPresence())).isFalse();
        assertThat(evaluator.mayPublish(LINXIA.devicePresence("board-main"))).isFalse();
        assertThat(evaluator.mayPublish("hall/v1/linxia/windows/+/evaluator/rating")).isFalse();
    }

    @Test
    void theServerReadsAndWritesEveryHallButNothingElse() {
        TopicGrants server = MqttAccess.server();

        assertThat(server.maySubscribe("$share/onewindow-servers/" + LINXIA.allDeviceRequests())).isTrue();
        assertThat(server.mayPublish(LINXIA.board())).isTrue();
        assertThat(server.mayPublish("other/topic")).isFalse();
    }

    @Test
    void aWindowDeviceMustNameItsWindowAndEveryDeviceItsHall() {
        assertThatThrownBy(() -> new DeviceAccount("window-5", DeviceKind.WINDOW_SCREEN, "linxia", null))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new DeviceAccount("kiosk-1", DeviceKind.KIOSK, null, null)).hasMessageContaining("hall");
        assertThatThrownBy(() -> new DeviceAccount("kiosk/#", DeviceKind.KIOSK, "linxia", null)).hasMessageContaining("id");
    }
}
