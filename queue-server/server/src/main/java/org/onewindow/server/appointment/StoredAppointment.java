package org.onewindow.server.appointment;

/**
 * An appointment as kept in Redis (JSON in the hall's appointment hash). Times are epoch
 * milliseconds. {@code person} is the keyed hash of the ID number, never the number.
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

    StoredAppointment cancelled() {
        return new StoredAppointment(id, area, item, date, slotStart, slotEnd, person, name, CANCELLED, ticketId, bookedAt,
                checkedInAt);
    }

    StoredAppointment checkedIn(String ticket, long at) {
        return new StoredAppointment(id, area, item, date, slotStart, slotEnd, person, name, CHECKED_IN, ticket,
                bookedAt, at);
    }
}
