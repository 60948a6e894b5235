package org.onewindow.server.phone;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a request for the tracking address wants the phone page rather than JSON: a browser
 * names text/html, an API client names JSON or anything ({@code curl}'s {@code *}{@code /*}). Only
 * an explicit text/html ranked above JSON gets the page, so every client of the API keeps its JSON.
 */
final class AcceptsPage {

    private AcceptsPage() {
    }

    static boolean wantsPage(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = quality(types, MediaType.TEXT_HTML);
        return html > 0 && html > quality(types, MediaType.APPLICATION_JSON);
    }

    /** The quality the client gives exactly this type (wildcards do not count: they are no preference). */
    private static double quality(List<MediaType> types, MediaType wanted) {
        return types.stream().filter(t -> t.getType().equals(wanted.getType()) && t.getSubtype().equals(wanted.getSubtype()))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }
}
