package org.onewindow.server.messaging.gate;

/** What the gate answers a CONNECT. */
public enum GateVerdict {
    /** Passed on to the broker. */
    ADMITTED,
    /** An unknown account or a wrong password: CONNACK "bad user name or password". */
    BAD_CREDENTIALS,
    /** A genuine account asking for what it may not (a will on another's topic): CONNACK "not authorized". */
    NOT_AUTHORIZED
}
