package org.onewindow.protocol.rest;

/**
 * Books an appointment.
 *
 * @param areaId       area (theme)
 * @param itemCode     service item, optional
 * @param date         day of the appointment, yyyy-MM-dd
 * @param slotStart    start of the slot, HH:mm in the hall's time zone
 * @param slotMinutes  length of the slot
 * @param identity     who booked; the server keeps only a keyed hash and a masked name
 */
public record AppointmentRequest(
        String areaId,
        String itemCode,
        String date,
        String slotStart,
        int slotMinutes,
        Identity identity) {
}
