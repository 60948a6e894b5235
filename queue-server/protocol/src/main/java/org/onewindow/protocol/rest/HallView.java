package org.onewindow.protocol.rest;

import java.util.List;

/**
 * A hall's configuration as kiosks and consoles need it.
 *
 * @param id        hall id
 * @param name      Chinese name
 * @param nameEn    English name
 * @param timeZone  e.g. Asia/Shanghai
 * @param opens     opening time, HH:mm
 * @param closes    closing time, HH:mm
 * @param openDays  MONDAY...SUNDAY
 * @param areas     functional areas
 * @param windows   windows
 * @param items     service items with their materials
 * @param greenChannelAge                age from which an ID card gives the green channel
 * @param greenChannelStaffConfirmation  a reason chosen on screen needs a guide's confirmation
 * @param holidays          yyyy-MM-dd days the hall is closed although an open day of the week
 * @param extraWorkingDays  yyyy-MM-dd days it opens although not an open day of the week (调休)
 */
public record HallView(
        String id,
        String name,
        String nameEn,
        String timeZone,
        String opens,
        String closes,
        List<String> openDays,
        List<Area> areas,
        List<Window> windows,
        List<Item> items,
        int greenChannelAge,
        boolean greenChannelStaffConfirmation,
        List<String> holidays,
        List<String> extraWorkingDays) {

    public HallView {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        extraWorkingDays = extraWorkingDays == null ? List.of() : List.copyOf(extraWorkingDays);
    }

    /** A functional area. */
    public record Area(String id, String name, String nameEn, String prefix, String leadDepartment, List<String> departments) {
    }

    /** A window as configured; {@code areaIds} is empty for a tidal window. */
    public record Window(String no, String kind, String label, List<String> areaIds) {
    }

    /** A service item; kind is IMMEDIATE, PROMISED or JOINT. */
    public record Item(String code, String name, String department, String areaId, String kind, int promisedDays,
                       String applicant, String fee, int visits, List<Material> materials) {
    }

    /** A material to bring; {@code mayBeMissing} marks 容缺受理. */
    public record Material(String name, boolean original, int copies, boolean mayBeMissing) {
    }
}
