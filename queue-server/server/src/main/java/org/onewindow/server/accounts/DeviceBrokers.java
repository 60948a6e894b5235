package org.onewindow.server.accounts;

/**
 * Where the devices of a hall reach the hall's MQTT broker, told to whoever registers one or gives
 * it a new token, so that the device's {@code mqtt.url} is set from the server's own answer. The
 * messaging feature, which connects to the brokers, provides it.
 */
@FunctionalInterface
public interface DeviceBrokers {

    /** The broker's address for the hall's devices, e.g. {@code ssl://broker.linxia.hall:8883}. */
    String urlFor(String hallId);
}
