package org.onewindow.protocol.mqtt;

import org.eclipse.paho.mqttv5.common.MqttException;

/** Opens gateways. */
public final class MqttGateways {

    private MqttGateways() {
    }

    /**
     * A gateway that starts connecting at once in the background and keeps trying until closed.
     *
     * @throws IllegalArgumentException the options cannot make a client, e.g. their trust store
     *                                  cannot be read
     */
    public static MqttGateway connect(MqttOptions options) {
        try {
            PahoMqttGateway gateway = new PahoMqttGateway(options);
            gateway.start();
            return gateway;
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create an MQTT client for " + options.serverUri() + ": " + e.getMessage(), e);
        }
    }
}
