package org.onewindow.server.hall;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One service hall as described by its YAML file.
 *
 * @param id            stable id, used in topics, keys and URLs
 * @param name          Chinese name
 * @param nameEn        English name
 * @param timeZone      the hall's time zone; the business day and opening hours are in it
 * @param openingHours  when the hall is open
 * @param areas         functional areas (themes), each with a ticket prefix
 * @param windows       windows and what they serve
 * @param items         service items
 * @param priority      green channel and appointment rules
 * @param tidal         when to suggest opening and closing tidal windows
 * @param appointments  slots offered for appointments
 * @param lockers       result locker slots in the 24-hour room (智能柜), numbered from 1; 0 when none
 * @param silentCalls   whether calls are silent (无声叫号) until a manager says otherwise; false when absent
 * @param remoteTicketsLapseAt     when remote tickets (线上取号) not yet checked in lapse, and after
 *                                 which none are taken; {@value #DEFAULT_REMOTE_LAPSE} when absent
 * @param remoteKeepPlaceMinutes   how long after taking a remote ticket a check-in keeps the place it
 *                                 was taken at; later it queues from the check-in
 * @param remoteTicketsPerAddress  remote tickets one client address may take a day
 * @param region        the province, city and county the hall serves; null for a hall that names none
 *                      (a one-hall deployment needs none)
 * @param broker        the name of the MQTT broker the hall's devices use, one of
 *                      {@code onewindow.mqtt.brokers}; null (absent): the deployment's default broker
 */
public record Hall(
        String id,
        String name,
        String nameEn,
        ZoneId timeZone,
        OpeningHours openingHours,
        List<Area> areas,
        List<HallWindow> windows,
        List<ServiceItem> items,
        PriorityRules priority,
        TidalRules tidal,
        AppointmentRules appointments,
        int lockers,
        boolean silentCalls,
        LocalTime remoteTicketsLapseAt,
        Integer remoteKeepPlaceMinutes,
        Integer remoteTicketsPerAddress,
        Region region,
        String broker) {

    public static final String DEFAULT_REMOTE_LAPSE = "16:00";
    public static final int DEFAULT_KEEP_PLACE_MINUTES = 60;
    public static final int DEFAULT_REMOTE_PER_ADDRESS = 3;

    public Hall {
        appointments = appointments == null ? AppointmentRules.DEFAULT : appointments;
        areas = areas == null ? List.of() : List.copyOf(areas);
        windows = windows == null ? List.of() : List.copyOf(windows);
        items = items == null ? List.of() : List.copyOf(items);
        remoteTicketsLapseAt = remoteTicketsLapseAt == null ? LocalTime.parse(DEFAULT_REMOTE_LAPSE) : remoteTicketsLapseAt;
        remoteKeepPlaceMinutes = remoteKeepPlaceMinutes == null ? DEFAULT_KEEP_PLACE_MINUTES : remoteKeepPlaceMinutes;
        remoteTicketsPerAddress = remoteTicketsPerAddress == null ? DEFAULT_REMOTE_PER_ADDRESS : remoteTicketsPerAddress;
        broker = broker == null || broker.isBlank() ? null : broker.strip();
    }

    /** A hall that names no region and uses the default broker, as halls were before either. */
    public Hall(String id, String name, String nameEn, ZoneId timeZone, OpeningHours openingHours, List<Area> areas,
                List<HallWindow> windows, List<ServiceItem> items, PriorityRules priority, TidalRules tidal,
                AppointmentRules appointments, int lockers, boolean silentCalls, LocalTime remoteTicketsLapseAt,
                Integer remoteKeepPlaceMinutes, Integer remoteTicketsPerAddress) {
        this(id, name, nameEn, timeZone, openingHours, areas, windows, items, priority, tidal, appointments, lockers,
                silentCalls, remoteTicketsLapseAt, remoteKeepPlaceMinutes, remoteTicketsPerAddress, null, null);
    }

    /** A hall with the default rules for remote tickets, as halls were before them. */
    public Hall(String id, String name, String nameEn, ZoneId timeZone, OpeningHours openingHours, List<Area> areas,
                List<HallWindow> windows, List<ServiceItem> items, PriorityRules priority, TidalRules tidal,
                AppointmentRules appointments, int lockers, boolean silentCalls) {
        this(id, name, nameEn, timeZone, openingHours, areas, windows, items, priority, tidal, appointments, lockers,
                silentCalls, null, null, null);
    }

    /** A hall whose calls are spoken, as every hall's were before silent calls. */
    public Hall(String id, String name, String nameEn, ZoneId timeZone, OpeningHours openingHours, List<Area> areas,
                List<HallWindow> windows, List<ServiceItem> items, PriorityRules priority, TidalRules tidal,
                AppointmentRules appointments, int lockers) {
        this(id, name, nameEn, timeZone, openingHours, areas, windows, items, priority, tidal, appointments, lockers, false);
    }

    public Optional<Area> area(String areaId) {
        return areas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    public Optional<HallWindow> window(String windowNo) {
        return windows.stream().filter(w -> w.no().equals(windowNo)).findFirst();
    }

    public Optional<ServiceItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Windows that serve an area by configuration (tidal windows only while open, so not here). */
    public List<HallWindow> windowsServing(String areaId) {
        return windows.stream().filter(w -> w.areas().contains(areaId)).toList();
    }

    /** Windows of kind {@link WindowKind#TIDAL}. */
    public List<HallWindow> tidalWindows() {
        return windows.stream().filter(w -> w.kind() == WindowKind.TIDAL).toList();
    }

    /** Whether the hall lies in the division of that code; never for a hall that names no region. */
    public boolean inRegion(String code) {
        return region != null && region.within(code);
    }

    public List<String> areaIds() {
        return areas.stream().map(Area::id).toList();
    }
}
