package org.onewindow.server.hall;

/**
 * How priority tickets are ordered; see {@code docs/ordering.md}.
 *
 * @param greenChannelAge          age from which an ID card gives the green channel
 * @param greenChannelLeadMinutes  a green-channel ticket counts as if it had arrived this much earlier
 * @param appointmentLeadMinutes   an appointment counts as if it had arrived this much before its slot
 * @param appointmentEarlyMinutes  check-in opens this long before the slot
 * @param appointmentLateMinutes   after the slot start plus this, the appointment is ordinary
 * @param greenChannelStaffConfirmation  a green-channel reason chosen on a kiosk screen (not read
 *                                 from an ID card) waits as an ordinary ticket until staff confirm it
 */
public record PriorityRules(
        int greenChannelAge,
        int greenChannelLeadMinutes,
        int appointmentLeadMinutes,
        int appointmentEarlyMinutes,
        int appointmentLateMinutes,
        boolean greenChannelStaffConfirmation) {
}
