package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.onewindow.server.messaging.MqttSettings.NamedBroker;

/** Brokers by name: what a broker may be called, and whose account the server uses on it. */
class MqttSettingsTest {

    private static MqttSettings with(Map<String, NamedBroker> brokers) {
        return new MqttSettings(true, null, 0, "", "onewindow-server", "the-default-password", null, null, null, null, brokers);
    }

    @Test
    void aBrokerWithoutItsOwnAccountUsesTheDefaultOneAndDevicesFollowItsUrl() {
        MqttSettings settings = with(Map.of(
                "linxia", new NamedBroker("ssl://10.62.1.5:8883", "ssl://broker.hall:8883", null, null, null, null),
                "lanzhou", new NamedBroker("ssl://mqtt.lanzhou:8883", "", "server-lz", "lanzhou-password", null, null)));
        Map<String, BrokerLink> links = BrokerLink.all(settings);
        assertThat(links.keySet()).startsWith(BrokerLink.DEFAULT).contains("linxia", "lanzhou");
        assertThat(links.get("linxia").username()).isEqualTo("onewindow-server");
        assertThat(links.get("linxia").password()).isEqualTo("the-default-password");
        assertThat(links.get("linxia").deviceUrl()).isEqualTo("ssl://broker.hall:8883");
        assertThat(links.get("lanzhou").username()).isEqualTo("server-lz");
        assertThat(links.get("lanzhou").deviceUrl()).isEqualTo("ssl://mqtt.lanzhou:8883");
        assertThat(links.get("lanzhou").serversGroup()).as("each broker's group from the server's password there")
                .isNotEqualTo(links.get("linxia").serversGroup());
    }

    @Test
    void aBrokerNeedsAUrlAndANameThatIsNeitherUnsafeNorTheDefaults() {
        NamedBroker somewhere = new NamedBroker("tcp://127.0.0.1:1883", null, null, null, null, null);
        assertThatThrownBy(() -> with(Map.of("default", somewhere))).hasMessageContaining("not 'default'");
        assertThatThrownBy(() -> with(Map.of("a/b", somewhere))).hasMessageContaining("onewindow.mqtt.brokers.a/b");
        assertThatThrownBy(() -> with(Map.of("linxia", new NamedBroker(" ", null, null, null, null, null))))
                .hasMessageContaining("onewindow.mqtt.brokers.linxia.url is required");
    }

    @Test
    void inProductionEveryBrokersPasswordMustBeTheDeploymentsOwn() {
        MqttSettings settings = new MqttSettings(true, null, 0, "", "onewindow-server", "a-long-enough-production-password",
                null, null, null, null, Map.of("linxia", new NamedBroker("ssl://b:8883", null, null, "short", null, null)));
        assertThatThrownBy(settings::requireProductionPassword).hasMessageContaining("onewindow.mqtt.brokers.linxia.password");
    }
}
