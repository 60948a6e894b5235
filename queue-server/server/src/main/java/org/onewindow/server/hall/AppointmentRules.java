package org.onewindow.server.hall;

/**
 * How appointments (预约) are offered: slots of {@code slotMinutes} through the opening hours of
 * each working day, each taking {@code capacity} bookings per area, up to {@code daysAhead} days
 * ahead. Omitted in a hall file: 30-minute slots of 4, a week ahead.
 *
 * @param slotMinutes  length of a slot
 * @param capacity     bookings per slot and area
 * @param daysAhead    how many days ahead may be booked (today counts as 0)
 */
public record AppointmentRules(int slotMinutes, int capacity, int daysAhead) {

    public static final AppointmentRules DEFAULT = new AppointmentRules(30, 4, 7);
}
