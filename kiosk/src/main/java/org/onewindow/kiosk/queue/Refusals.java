package org.onewindow.kiosk.queue;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.ApiError;

/** The server's refusals, as the citizen is told them. */
final class Refusals {

    private Refusals() {
    }

    static Screen.Notice notice(HallApiException e) {
        ApiError error = e.error();
        String code = error == null ? "" : error.code();
        String message = error == null ? e.getMessage() : error.message();
        return switch (code) {
            case "APPOINTMENT_CODE_INVALID" -> new Screen.Notice("code.invalid", "", false);
            case "APPOINTMENT_OTHER_HALL" -> new Screen.Notice("code.other-hall", "", false);
            case "APPOINTMENT_NOT_TODAY" -> new Screen.Notice("code.not-today", "", false);
            case "APPOINTMENT_TOO_EARLY" -> new Screen.Notice("code.too-early", lastWord(message), false);
            case "APPOINTMENT_CANCELLED" -> new Screen.Notice("code.cancelled", "", false);
            case "LAPSED" -> new Screen.Notice("remote.lapsed", "", false);
            case "REMOTE_OTHER_HALL" -> new Screen.Notice("remote.other-hall", "", false);
            case "DAILY_LIMIT" -> new Screen.Notice("area.full", "", false);
            case "NOT_FOUND" -> message.startsWith("no appointment")
                    ? new Screen.Notice("code.not-found", "", false)
                    : message.startsWith("no remote ticket") ? new Screen.Notice("remote.not-found", "", false)
                    : new Screen.Notice("server.refused", message, false);
            case "INVALID_FIELD" -> "identity.idNumber".equals(error.field())
                    ? new Screen.Notice("card.unreadable", "", true) : new Screen.Notice("server.refused", message, false);
            default -> new Screen.Notice("server.refused", message, false);
        };
    }

    private static String lastWord(String message) {
        int space = message.lastIndexOf(' ');
        return space < 0 ? message : message.substring(space + 1);
    }
}
