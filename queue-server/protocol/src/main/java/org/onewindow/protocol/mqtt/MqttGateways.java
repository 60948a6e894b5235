package org.onewindow.protocol.mqtt;

import org.eclipse.paho.mqttv5.common.MqttException;

/** Opens gateways. */
public final class MqttGateways {

    private MqttGateways() {
    }

    /** A gateway that starts connecting at once in the background and keeps trying until closed. */
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
