package org.onewindow.protocol.rest;

/**
 * One bookable slot of an area on a day.
 *
 * @param areaId    area
 * @param date      yyyy-MM-dd
 * @param start     HH:mm
 * @param end       HH:mm
 * @param capacity  bookings the slot takes
 * @param booked    bookings made (cancelled ones give their place back)
 */
public record AppointmentSlot(String areaId, String date, String start, String end, int capacity, int booked) {

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
