package org.onewindow.server.appointment;

/**
 * An appointment as kept in Redis (JSON in the hall's appointment hash). Times are epoch
 * milliseconds. {@code person} is the keyed hash of the ID number, never the number. The status
 * is changed by the scripts, which check it as they change it: appointment_cancel.lua, and
 * issue_ticket.lua for the check-in.
 */
record StoredAppointment(
        String id,
        String area,
        String item,
        String date,
        long slotStart,
        long slotEnd,
        String person,
        String name,
        String status,
        String ticketId,
        long bookedAt,
        long checkedInAt) {

    static final String BOOKED = "BOOKED";
    static final String CHECKED_IN = "CHECKED_IN";
    static final String CANCELLED = "CANCELLED";
}
