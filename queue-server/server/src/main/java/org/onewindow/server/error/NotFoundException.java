package org.onewindow.server.error;

/** An unknown hall, area, window, item or ticket: HTTP 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;

    public NotFoundException(String kind, String id) {
        // The id is the client's own text: repeated only in part, so a megabyte of it is not sent back.
        super("no " + kind + " '" + LogSafe.of(id) + "'");
        this.kind = kind;
    }

    /** What was looked for: hall, area, window, item, ticket. */
    public String kind() {
        return kind;
    }
}
