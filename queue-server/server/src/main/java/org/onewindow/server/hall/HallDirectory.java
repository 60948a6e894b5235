package org.onewindow.server.hall;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.server.error.NotFoundException;

/** The halls this deployment serves, by id. */
public class HallDirectory {

    private final Map<String, Hall> halls = new LinkedHashMap<>();

    public HallDirectory(List<Hall> halls) {
        halls.forEach(h -> {
            if (this.halls.putIfAbsent(h.id(), h) != null) {
                throw new IllegalArgumentException("two halls have the id '" + h.id() + "'");
            }
        });
    }

    /** The hall, or {@link NotFoundException}. */
    public Hall get(String hallId) {
        Hall hall = halls.get(hallId);
        if (hall == null) {
            throw new NotFoundException("hall", hallId);
        }
        return hall;
    }

    public Collection<Hall> all() {
        return List.copyOf(halls.values());
    }
}
