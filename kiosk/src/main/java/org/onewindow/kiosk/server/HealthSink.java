package org.onewindow.kiosk.server;

/** Where the kiosk reports the state of its parts (MQTT in the hall). */
@FunctionalInterface
public interface HealthSink {

    /**
     * @param part    idcard-reader, scanner or printer
     * @param state   OK, WARNING or FAULT
     * @param detail  plain words for staff
     */
    void report(String part, String state, String detail);
}
