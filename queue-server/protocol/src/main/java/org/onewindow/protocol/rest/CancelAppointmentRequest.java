package org.onewindow.protocol.rest;

/**
 * Cancels an appointment on its holder's behalf. A device must show that the holder is there:
 * the appointment's signed code (from the slip or the phone) or the ID card it was booked with.
 * A manager needs neither.
 *
 * @param code      the appointment's signed code, as printed; or
 * @param identity  the ID card the appointment was booked with
 */
public record CancelAppointmentRequest(String code, Identity identity) {
}
