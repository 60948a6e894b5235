package org.onewindow.server.walk;

import static org.onewindow.server.walk.Caller.ANYONE;
import static org.onewindow.server.walk.Caller.AT_THE_WINDOW;
import static org.onewindow.server.walk.Caller.DOOR_AND_STAFF;
import static org.onewindow.server.walk.Caller.GUIDE_OR_MANAGER;
import static org.onewindow.server.walk.Caller.ISSUERS;
import static org.onewindow.server.walk.Caller.ONLY_MANAGER;
import static org.onewindow.server.walk.Caller.ONLY_NOBODY;
import static org.onewindow.server.walk.Caller.SIGNED_IN;
import static org.onewindow.server.walk.Caller.STAFF;
import static org.onewindow.server.walk.Caller.STAFF_AND_GUIDE;
import static org.onewindow.server.walk.Caller.TERMINAL_OR_MANAGER;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call each operation, as docs/api.md says ("Who may call what" and the endpoints' notes).
 * Written out by hand on purpose: an operation the server offers that is not here fails the walk,
 * so a new endpoint is reviewed before it ships. Window screens and evaluators live on MQTT; over
 * REST a device may read the hall as a board does, nothing more.
 */
final class WhoMay {

    private static final String HALL = "/api/halls/{hall}";
    private static final String WINDOW = HALL + "/windows/{no}";

    static final Map<String, Set<Caller>> OPERATIONS = table();

    private WhoMay() {
    }

    private static Map<String, Set<Caller>> table() {
        Map<String, Set<Caller>> t = new TreeMap<>();
        t.put("POST /api/session", ANYONE);
        t.put("GET /api/session", STAFF_AND_GUIDE);
        t.put("DELETE /api/session", STAFF_AND_GUIDE);
        t.put("GET /api/staff", STAFF_AND_GUIDE);
        t.put("GET /api/halls", SIGNED_IN);
        t.put("GET " + HALL, SIGNED_IN);
        // The consoles' live updates: devices get theirs over MQTT.
        t.put("GET " + HALL + "/live", STAFF_AND_GUIDE);
        t.put("GET " + HALL + "/board", SIGNED_IN);
        t.put("GET " + HALL + "/areas", SIGNED_IN);
        t.put("GET " + HALL + "/windows", SIGNED_IN);
        t.put("GET " + WINDOW, SIGNED_IN);
        // The citizen's phone, by the ticket's tracking code alone: its view, item and live stream, and the page.
        t.put("GET " + HALL + "/track/{code}", ANYONE);
        t.put("GET " + HALL + "/track/{code}/item", ANYONE);
        t.put("GET " + HALL + "/track/{code}/live", ANYONE);
        t.put("GET /t/{hall}/{code}", ANYONE);
        t.put("POST " + HALL + "/track/{code}/notices", ANYONE);
        t.put("DELETE " + HALL + "/track/{code}/notices", ANYONE);
        // Remote tickets (线上取号): taken, read and checked in at the entrance by phone with no account;
        // the entrance screen's code is for guides and managers, the desk's check-in for the desk.
        t.put("GET /t/{hall}/take", ANYONE);
        t.put("GET /t/{hall}/arrive", ANYONE);
        t.put("GET " + HALL + "/remote-tickets", ANYONE);
        t.put("POST " + HALL + "/remote-tickets", ANYONE);
        t.put("GET " + HALL + "/remote-tickets/{code}", ANYONE);
        t.put("GET " + HALL + "/remote-tickets/{code}/qr.svg", ANYONE);
        t.put("POST " + HALL + "/remote-tickets/{code}/check-in", ANYONE);
        t.put("GET " + HALL + "/entrance-code", GUIDE_OR_MANAGER);
        t.put("GET " + HALL + "/entrance-code/qr.svg", GUIDE_OR_MANAGER);
        t.put("POST " + HALL + "/tickets/{ticketId}/check-in", GUIDE_OR_MANAGER);

        t.put("POST " + HALL + "/tickets", ISSUERS);
        t.put("GET " + HALL + "/tickets/{ticketId}", STAFF_AND_GUIDE);
        t.put("POST " + HALL + "/tickets/{ticketId}/green-channel", STAFF_AND_GUIDE);
        t.put("POST " + HALL + "/tickets/{ticketId}/reactivate", STAFF_AND_GUIDE);
        // The information desk (docs/consoles.md): a device's shared token never reads tickets by number.
        t.put("GET " + HALL + "/tickets", STAFF_AND_GUIDE);
        t.put("GET " + HALL + "/tickets/{ticketId}/qr.svg", STAFF_AND_GUIDE);
        t.put("GET " + HALL + "/green-channel/pending", STAFF_AND_GUIDE);
        t.put("POST " + HALL + "/tickets/{ticketId}/green-channel/decline", GUIDE_OR_MANAGER);
        t.put("GET " + HALL + "/areas/{area}/waiting", STAFF);

        t.put("GET " + HALL + "/appointments/slots", DOOR_AND_STAFF);
        t.put("POST " + HALL + "/appointments/check-in", DOOR_AND_STAFF);
        t.put("POST " + HALL + "/appointments", TERMINAL_OR_MANAGER);
        t.put("POST " + HALL + "/appointments/{id}/cancel", TERMINAL_OR_MANAGER);
        t.put("GET " + HALL + "/appointments/{id}", ONLY_MANAGER);

        // Any clerk may try to sign in at a window (the sign-in refuses one someone holds); the rest only there.
        t.put("POST " + WINDOW + "/sign-in", STAFF);
        for (String action : new String[] {"sign-out", "call-next", "recall", "no-show", "finish", "transfer", "pause", "resume",
            "call-chosen", "park", "parked/{ticketId}/resume", "silence"}) {
            t.put("POST " + WINDOW + "/" + action, AT_THE_WINDOW);
        }

        t.put("PUT " + HALL + "/notice", ONLY_MANAGER);
        t.put("GET " + HALL + "/silence", ONLY_MANAGER);
        t.put("PUT " + HALL + "/silence", ONLY_MANAGER);
        t.put("GET " + HALL + "/tidal/suggestions", ONLY_MANAGER);
        t.put("GET " + HALL + "/tidal/windows", ONLY_MANAGER);
        t.put("POST " + HALL + "/tidal/windows/{no}/open", ONLY_MANAGER);
        t.put("POST " + HALL + "/tidal/windows/{no}/close", ONLY_MANAGER);
        t.put("PUT " + HALL + "/tidal/auto-mode", ONLY_MANAGER);
        t.put("GET " + HALL + "/tidal/audit", ONLY_MANAGER);

        t.put("GET " + HALL + "/cases", STAFF);
        t.put("GET " + HALL + "/cases/{no}", STAFF);
        t.put("POST " + HALL + "/cases/{no}/status", STAFF);
        t.put("POST " + HALL + "/cases/{no}/materials-received", STAFF);
        t.put("GET " + HALL + "/cases/{no}/notice", STAFF);
        t.put("GET " + HALL + "/cases/supervision", ONLY_MANAGER);

        t.put("POST /api/ratings", ONLY_NOBODY);
        t.put("GET " + HALL + "/ratings", ONLY_MANAGER);
        t.put("GET " + HALL + "/follow-ups", ONLY_MANAGER);
        t.put("POST " + HALL + "/follow-ups/{id}/call-back", ONLY_MANAGER);
        t.put("POST " + HALL + "/follow-ups/{id}/resolve", ONLY_MANAGER);

        t.put("GET " + HALL + "/devices", ONLY_MANAGER);
        t.put("GET " + HALL + "/devices/alerts", ONLY_MANAGER);
        t.put("POST " + HALL + "/devices/alerts/{id}/acknowledge", ONLY_MANAGER);
        t.put("GET " + HALL + "/devices/effects/parked", ONLY_MANAGER);
        t.put("POST " + HALL + "/devices/effects/parked/{id}/retry", ONLY_MANAGER);

        // Staff accounts and registered devices (docs/security.md): the manager's console only.
        t.put("GET /api/accounts/staff", ONLY_MANAGER);
        t.put("POST /api/accounts/staff", ONLY_MANAGER);
        t.put("PUT /api/accounts/staff/{username}", ONLY_MANAGER);
        t.put("POST /api/accounts/staff/{username}/disable", ONLY_MANAGER);
        t.put("POST /api/accounts/staff/{username}/enable", ONLY_MANAGER);
        t.put("POST /api/accounts/staff/{username}/password", ONLY_MANAGER);
        t.put("GET /api/accounts/devices", ONLY_MANAGER);
        t.put("POST /api/accounts/devices", ONLY_MANAGER);
        t.put("POST /api/accounts/devices/{id}/disable", ONLY_MANAGER);
        t.put("POST /api/accounts/devices/{id}/enable", ONLY_MANAGER);
        t.put("POST /api/accounts/devices/{id}/rotate-token", ONLY_MANAGER);
        // The audit trail (docs/records.md): who did what is for managers to read, no one else.
        t.put("GET /api/audit", ONLY_MANAGER);
        // The region overview (docs/security.md "Scopes"): the halls of the manager's scope with their live figures.
        t.put("GET /api/overview", ONLY_MANAGER);

        t.put("GET " + HALL + "/statistics", ONLY_MANAGER);
        t.put("GET " + HALL + "/statistics.csv", ONLY_MANAGER);
        t.put("GET " + HALL + "/statistics/range", ONLY_MANAGER);
        t.put("GET " + HALL + "/statistics/range.csv", ONLY_MANAGER);
        t.put("GET " + HALL + "/statistics/range.xlsx", ONLY_MANAGER);
        t.put("GET " + HALL + "/glance", ONLY_MANAGER);

        return t;
    }
}
