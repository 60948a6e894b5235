package org.onewindow.server.cases;

import java.util.List;

/** The steps of a case, in order; a notice is a case of its own that ends where it starts. */
final class CaseStatus {

    static final String ACCEPTED = "ACCEPTED";
    static final String IN_REVIEW = "IN_REVIEW";
    static final String DECIDED = "DECIDED";
    static final String READY = "READY";
    static final String DELIVERED = "DELIVERED";
    static final String NOTICE_GIVEN = "NOTICE_GIVEN";

    /** The way forward; a case never goes back. */
    static final List<String> ORDER = List.of(ACCEPTED, IN_REVIEW, DECIDED, READY, DELIVERED);

    static final List<String> PICKUP_METHODS = List.of("WINDOW", "LOCKER", "MAIL");

    private CaseStatus() {
    }

    /** Whether {@code next} may follow {@code current}: forward only, skipping allowed (an immediate item is decided at once). */
    static boolean mayFollow(String current, String next) {
        int from = ORDER.indexOf(current);
        int to = ORDER.indexOf(next);
        return from >= 0 && to > from;
    }

    static boolean open(String status) {
        return !DELIVERED.equals(status) && !NOTICE_GIVEN.equals(status);
    }
}
