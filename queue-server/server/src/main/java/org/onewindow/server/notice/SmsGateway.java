package org.onewindow.server.notice;

/**
 * Where text messages go. A send that returns has been accepted by the gateway; one that throws
 * has not and is tried again, with the same {@link SmsMessage#id()}, which a gateway uses to take a
 * message it already has only once.
 */
public interface SmsGateway {

    void send(SmsMessage message);
}
