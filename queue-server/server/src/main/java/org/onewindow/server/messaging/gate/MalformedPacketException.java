package org.onewindow.server.messaging.gate;

/** A packet that is not MQTT as the standard writes it: the gate drops the connection. */
final class MalformedPacketException extends RuntimeException {

    MalformedPacketException(String what) {
        super(what);
    }
}
