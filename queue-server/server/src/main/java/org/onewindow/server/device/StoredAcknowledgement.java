package org.onewindow.server.device;

/** Who acknowledged a fault and when (epoch milliseconds). */
record StoredAcknowledgement(String by, long at) {
}
