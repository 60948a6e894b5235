package org.onewindow.server.messaging.gate;

/** Who the gate lets through to the broker, and what it lets them ask for there. */
public interface Admission {

    /**
     * Judges a CONNECT: the account and its password, and the last-will the broker would publish
     * on the client's behalf.
     *
     * @param willTopic null without a last-will
     */
    GateVerdict judge(String clientId, String username, byte[] password, String willTopic);

    /** Whether the account may receive what is published on the topic filter. */
    boolean mayRead(String username, String filter);

    /** The password the admitted account logs in to the broker behind the gate with. */
    byte[] brokerPassword(String username, byte[] password);
}
