package org.onewindow.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * Every open suggestion of a hall. Retained; an empty list means nothing to do.
 *
 * @param hallId       hall
 * @param seq          grows with each evaluation that changed the list
 * @param autoMode     whether the server opens and closes tidal windows itself
 * @param suggestions  current suggestions
 * @param at           when evaluated
 */
public record TidalSuggestions(
        String hallId,
        long seq,
        boolean autoMode,
        List<TidalSuggestion> suggestions,
        Instant at) {

    public TidalSuggestions {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
