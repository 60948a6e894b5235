package org.onewindow.protocol.rest;

/**
 * An appointment.
 *
 * @param id          appointment id
 * @param hallId      hall
 * @param areaId      area
 * @param areaName    area's Chinese name
 * @param itemCode    service item, empty when none was chosen
 * @param date        yyyy-MM-dd
 * @param slotStart   HH:mm
 * @param slotEnd     HH:mm
 * @param maskedName  e.g. 张*
 * @param status      BOOKED, CHECKED_IN or CANCELLED
 * @param ticketId    the ticket issued at check-in, empty before
 * @param code        the signed code printed as the appointment's QR code
 */
public record AppointmentView(
        String id,
        String hallId,
        String areaId,
        String areaName,
        String itemCode,
        String date,
        String slotStart,
        String slotEnd,
        String maskedName,
        String status,
        String ticketId,
        String code) {
}
