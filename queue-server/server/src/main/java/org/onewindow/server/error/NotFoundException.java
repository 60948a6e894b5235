package org.onewindow.server.error;

/** An unknown hall, area, window, item or ticket: HTTP 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " '" + id + "'");
        this.kind = kind;
    }

    /** What was looked for: hall, area, window, item, ticket. */
    public String kind() {
        return kind;
    }
}
