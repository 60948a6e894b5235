/**
 * Appointments (预约) and their signed codes: booked ahead, checked in at a kiosk by scanning the
 * code, which issues the appointment's ticket near its slot.
 */
package org.onewindow.server.appointment;
