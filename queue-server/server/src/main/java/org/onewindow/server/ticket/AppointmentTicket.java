package org.onewindow.server.ticket;

import java.time.Instant;

/**
 * What a checked-in appointment brings to its ticket.
 *
 * @param appointmentId  appointment
 * @param areaId         area it was booked for
 * @param itemCode       item, empty when none
 * @param personKey      keyed hash of the booker's ID number, empty when unknown
 * @param maskedName     e.g. 张*
 * @param slotStart      start of the booked slot
 */
public record AppointmentTicket(String appointmentId, String areaId, String itemCode, String personKey,
                                String maskedName, Instant slotStart) {
}
