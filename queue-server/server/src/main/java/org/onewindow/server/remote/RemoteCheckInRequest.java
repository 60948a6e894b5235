package org.onewindow.server.remote;

/** A phone's check-in: the code the entrance screen showed when the phone scanned it. */
public record RemoteCheckInRequest(String entranceToken) {
}
