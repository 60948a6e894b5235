package org.onewindow.server.messaging;

import java.util.Set;

import org.springframework.stereotype.Component;

import org.onewindow.server.hall.BrokerNames;

/** The brokers of {@code onewindow.mqtt.brokers}, which hall files may name. */
@Component
class ConfiguredBrokerNames implements BrokerNames {

    private final Set<String> names;

    ConfiguredBrokerNames(MqttSettings settings) {
        this.names = Set.copyOf(settings.brokers().keySet());
    }

    @Override
    public Set<String> names() {
        return names;
    }
}
