package org.onewindow.server.appointment;

import org.onewindow.server.error.ConflictException;

/** The person already holds an appointment in the area on that day: a booking asked for again finds it. */
final class AlreadyBookedException extends ConflictException {

    private final String appointmentId;

    AlreadyBookedException(String appointmentId, String date) {
        super("ALREADY_BOOKED", "this person already has appointment " + appointmentId + " for this area on " + date);
        this.appointmentId = appointmentId;
    }

    String appointmentId() {
        return appointmentId;
    }
}
