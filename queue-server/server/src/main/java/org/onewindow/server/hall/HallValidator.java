package org.onewindow.server.hall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.onewindow.protocol.topic.HallTopics;

/** The checks a hall must pass beyond its shape: references, uniqueness, ranges. */
final class HallValidator {

    /** One problem at a field path such as {@code areas[2].prefix}. */
    record Problem(String path, String message) {
    }

    private final Hall hall;
    private final Set<String> brokers;
    private final List<Problem> problems = new ArrayList<>();

    private HallValidator(Hall hall, Set<String> brokers) {
        this.hall = hall;
        this.brokers = brokers;
    }

    /** @param brokers the names of the brokers configured ({@code onewindow.mqtt.brokers}), which {@code broker} may name */
    static List<Problem> check(Hall hall, Set<String> brokers) {
        HallValidator v = new HallValidator(hall, brokers);
        v.checkHall();
        v.checkBroker();
        v.checkAreas();
        v.checkWindows();
        v.checkItems();
        return v.problems;
    }

    private void checkHall() {
        safeId("id", hall.id());
        required("name", hall.name());
        if (hall.timeZone() == null) {
            problem("time-zone", "is required, e.g. Asia/Shanghai");
        }
        OpeningHours hours = hall.openingHours();
        if (hours == null || hours.open() == null || hours.close() == null || hours.days().isEmpty()) {
            problem("opening-hours", "needs days, open and close");
        } else if (!hours.open().isBefore(hours.close())) {
            problem("opening-hours.close", "must be after open (" + hours.open() + ")");
        }
        if (hours != null) {
            hours.holidays().stream().filter(hours.extraWorkingDays()::contains).sorted().findFirst()
                    .ifPresent(day -> problem("opening-hours.holidays", day + " is also an extra working day"));
        }
        if (hall.lockers() < 0 || hall.lockers() > 250) {
            problem("lockers", "must be 0 to 250");
        }
        checkRemoteTickets(hours);
        RegionValidator.check(hall.region(), this::problem);
        AppointmentRules booking = hall.appointments();
        if (booking.slotMinutes() < 5 || booking.slotMinutes() > 240) {
            problem("appointments.slot-minutes", "must be 5 to 240");
        }
        if (booking.capacity() < 1) {
            problem("appointments.capacity", "must be at least 1");
        }
        if (booking.daysAhead() < 0 || booking.daysAhead() > 90) {
            problem("appointments.days-ahead", "must be 0 to 90");
        }
        if (hall.priority() == null) {
            problem("priority", "is required");
        } else {
            notNegative("priority.green-channel-lead-minutes", hall.priority().greenChannelLeadMinutes());
            notNegative("priority.appointment-lead-minutes", hall.priority().appointmentLeadMinutes());
            if (hall.priority().greenChannelAge() < 1) {
                problem("priority.green-channel-age", "must be at least 1");
            }
        }
        if (hall.tidal() == null) {
            problem("tidal", "is required");
        } else if (hall.tidal().evaluateEverySeconds() < 1) {
            problem("tidal.evaluate-every-seconds", "must be at least 1");
        }
        if (hall.areas().isEmpty()) {
            problem("areas", "at least one area is required");
        }
        if (hall.windows().isEmpty()) {
            problem("windows", "at least one window is required");
        }
    }

    private void checkBroker() {
        if (hall.broker() != null && !brokers.contains(hall.broker())) {
            problem("broker", "no broker '" + hall.broker() + "' is configured in onewindow.mqtt.brokers ("
                    + (brokers.isEmpty() ? "none are" : "there are " + String.join(", ", new TreeSet<>(brokers)))
                    + "); leave broker out for the default one");
        }
    }

    private void checkAreas() {
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < hall.areas().size(); i++) {
            Area a = hall.areas().get(i);
            String at = "areas[" + i + "]";
            if (safeId(at + ".id", a.id()) && !ids.add(a.id())) {
                problem(at + ".id", "'" + a.id() + "' is used by another area");
            }
            required(at + ".name", a.name());
            if (a.prefix() == null || !a.prefix().matches("[A-Z]")) {
                problem(at + ".prefix", "must be one capital letter A-Z, was \"" + a.prefix() + "\"");
            } else if (!prefixes.add(a.prefix())) {
                problem(at + ".prefix", "'" + a.prefix() + "' is used by another area");
            }
            if (a.defaultServiceMinutes() < 1) {
                problem(at + ".default-service-minutes", "must be at least 1");
            }
            notNegative(at + ".daily-ticket-limit", a.dailyTicketLimit());
            notNegative(at + ".notice-ahead", a.noticeAhead());
            notNegative(at + ".remote-tickets", a.remoteTickets());
            if (a.dailyTicketLimit() > 0 && a.remoteTickets() > a.dailyTicketLimit()) {
                problem(at + ".remote-tickets", "must not exceed daily-ticket-limit (" + a.dailyTicketLimit() + ")");
            }
            // An area without an id was reported above; no window can name it.
            if (a.id() != null && hall.windowsServing(a.id()).isEmpty()) {
                problem(at + ".id", "no window serves area '" + a.id() + "'");
            }
        }
    }

    private void checkRemoteTickets(OpeningHours hours) {
        boolean offered = hall.areas().stream().anyMatch(Area::offersRemoteTickets);
        if (offered && hours != null && hours.open() != null && hours.close() != null
                && (!hall.remoteTicketsLapseAt().isAfter(hours.open()) || hall.remoteTicketsLapseAt().isAfter(hours.close()))) {
            problem("remote-tickets-lapse-at", "must be after open (" + hours.open() + ") and not after close ("
                    + hours.close() + ")");
        }
        if (hall.remoteKeepPlaceMinutes() < 0 || hall.remoteKeepPlaceMinutes() > 600) {
            problem("remote-keep-place-minutes", "must be 0 to 600");
        }
        if (hall.remoteTicketsPerAddress() < 1 || hall.remoteTicketsPerAddress() > 1000) {
            problem("remote-tickets-per-address", "must be 1 to 1000");
        }
    }

    private void checkWindows() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < hall.windows().size(); i++) {
            HallWindow w = hall.windows().get(i);
            String at = "windows[" + i + "]";
            if (safeId(at + ".no", w.no()) && !numbers.add(w.no())) {
                problem(at + ".no", "window " + w.no() + " is listed twice");
            }
            if (w.kind() == null) {
                problem(at + ".kind", "is required");
            } else if (w.isTidal() && !w.areas().isEmpty()) {
                problem(at + ".areas", "a tidal window has no fixed areas; the manager chooses them when opening it");
            } else if (!w.isTidal() && w.areas().isEmpty()) {
                problem(at + ".areas", "a " + w.kind() + " window must serve at least one area");
            }
            for (int j = 0; j < w.areas().size(); j++) {
                if (!areaIds().contains(w.areas().get(j))) {
                    problem(at + ".areas[" + j + "]", "no area '" + w.areas().get(j) + "'");
                }
            }
        }
    }

    private void checkItems() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < hall.items().size(); i++) {
            ServiceItem item = hall.items().get(i);
            String at = "items[" + i + "]";
            if (required(at + ".code", item.code()) && !codes.add(item.code())) {
                problem(at + ".code", "'" + item.code() + "' is used by another item");
            }
            required(at + ".name", item.name());
            if (item.area() == null || !areaIds().contains(item.area())) {
                problem(at + ".area", "no area '" + item.area() + "'");
            }
            if (item.kind() == null) {
                problem(at + ".kind", "is required: IMMEDIATE, PROMISED or JOINT");
            }
            notNegative(at + ".promised-days", item.promisedDays());
            if (item.visits() < 0 || item.visits() > 1) {
                problem(at + ".visits", "must be 0 or 1 (最多跑一次)");
            }
        }
    }

    /** The ids the areas have; {@link Hall#area} cannot look up past an area whose id is missing. */
    private Set<String> areaIds() {
        Set<String> ids = new HashSet<>();
        hall.areas().stream().map(Area::id).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    private boolean safeId(String path, String id) {
        if (!HallTopics.isSafeId(id)) {
            problem(path, "must be 1-64 of A-Z a-z 0-9 _ . - (it is used in topics and URLs), was \"" + id + "\"");
            return false;
        }
        return true;
    }

    private boolean required(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "is required");
            return false;
        }
        return true;
    }

    private void notNegative(String path, int value) {
        if (value < 0) {
            problem(path, "must not be negative, was " + value);
        }
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
