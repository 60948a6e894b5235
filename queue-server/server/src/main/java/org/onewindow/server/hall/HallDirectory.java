package org.onewindow.server.hall;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.server.error.NotFoundException;

/**
 * The halls this deployment serves, by id, and the administrative divisions their files name. A
 * division's code means one name across the halls: two files that spell 622900 differently stop
 * the start, or a manager scoped to it would see a region under two names.
 */
public class HallDirectory {

    private final Map<String, Hall> halls = new LinkedHashMap<>();
    private final Map<String, Region.Division> divisions = new LinkedHashMap<>();

    public HallDirectory(List<Hall> halls) {
        halls.forEach(h -> {
            if (this.halls.putIfAbsent(h.id(), h) != null) {
                throw new IllegalArgumentException("two halls have the id '" + h.id() + "'");
            }
            if (h.region() != null) {
                h.region().divisions().forEach(d -> {
                    Region.Division known = divisions.putIfAbsent(d.code(), d);
                    if (known != null && !known.name().equals(d.name())) {
                        throw new HallConfigurationException("division " + d.code() + " is named " + known.name()
                                + " in one hall file and " + d.name() + " in hall " + h.id() + "'s");
                    }
                });
            }
        });
    }

    /** The division of that code as some hall's file names it; empty for a code no hall lies in. */
    public Optional<Region.Division> division(String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    /** Every division some hall lies in, provinces before their cities and counties as the files list them. */
    public Collection<Region.Division> divisions() {
        return List.copyOf(divisions.values());
    }

    /** The hall, or {@link NotFoundException}. */
    public Hall get(String hallId) {
        Hall hall = halls.get(hallId);
        if (hall == null) {
            throw new NotFoundException("hall", hallId);
        }
        return hall;
    }

    /** The hall, or empty when this deployment does not serve one of that id. */
    public Optional<Hall> find(String hallId) {
        return Optional.ofNullable(hallId).map(halls::get);
    }

    public Collection<Hall> all() {
        return List.copyOf(halls.values());
    }
}
