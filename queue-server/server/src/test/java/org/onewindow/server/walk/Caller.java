package org.onewindow.server.walk;

import java.util.EnumSet;
import java.util.Set;

import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;

/** Everyone who may knock at the REST API, with the Authorization header they knock with. */
enum Caller {
    NOBODY(null),
    KIOSK(Http.bearer(TestDevices.token("kiosk-1"))),
    BOARD(Http.bearer(TestDevices.token("board-main"))),
    WINDOW_SCREEN(Http.bearer(TestDevices.token("window-1"))),
    EVALUATOR(Http.bearer(TestDevices.token("evaluator-1"))),
    TERMINAL(Http.bearer(TestDevices.token("terminal-1"))),
    /** clerk02, signed in at window 2: never the window in the path. */
    CLERK_ELSEWHERE(Http.basic("clerk02", "demo-clerk")),
    /** clerk01, signed in at window 1: the window in the path. */
    CLERK_AT_WINDOW(Http.basic("clerk01", "demo-clerk")),
    MANAGER(Http.basic("manager", "demo-manager")),
    /** guide01 at the information desk: no window, no manager's pages. */
    GUIDE(Http.basic("guide01", "demo-guide"));

    static final String WINDOW_SCREEN_ID = "window-1";
    static final String EVALUATOR_ID = "evaluator-1";

    static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> STAFF = EnumSet.of(CLERK_ELSEWHERE, CLERK_AT_WINDOW, MANAGER);
    /** Staff and the information desk's guide. */
    static final Set<Caller> STAFF_AND_GUIDE = EnumSet.of(CLERK_ELSEWHERE, CLERK_AT_WINDOW, MANAGER, GUIDE);
    /** The desk's own decisions, which a window never takes. */
    static final Set<Caller> GUIDE_OR_MANAGER = EnumSet.of(GUIDE, MANAGER);
    /** Every device and every member of staff: "read the hall". */
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(NOBODY));
    /** Kiosks and terminals, which serve citizens at the door, and staff. */
    static final Set<Caller> DOOR_AND_STAFF = EnumSet.of(KIOSK, TERMINAL, CLERK_ELSEWHERE, CLERK_AT_WINDOW, MANAGER);
    /** Who issues tickets: the door, staff, and the guide for a citizen at the desk. */
    static final Set<Caller> ISSUERS = EnumSet.of(KIOSK, TERMINAL, CLERK_ELSEWHERE, CLERK_AT_WINDOW, MANAGER, GUIDE);
    static final Set<Caller> AT_THE_WINDOW = EnumSet.of(CLERK_AT_WINDOW, MANAGER);
    static final Set<Caller> TERMINAL_OR_MANAGER = EnumSet.of(TERMINAL, MANAGER);
    static final Set<Caller> ONLY_MANAGER = EnumSet.of(MANAGER);
    /** The citizen's phone, which signs in as nobody. */
    static final Set<Caller> ONLY_NOBODY = EnumSet.of(NOBODY);

    final String authorization;

    Caller(String authorization) {
        this.authorization = authorization;
    }
}
