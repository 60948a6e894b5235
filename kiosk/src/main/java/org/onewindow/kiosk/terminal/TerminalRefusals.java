package org.onewindow.kiosk.terminal;

import java.util.concurrent.CompletionException;

import org.onewindow.protocol.rpc.RpcException;

/** Turns a failed request into plain words for the citizen; the server's own words are not shown. */
final class TerminalRefusals {

    private TerminalRefusals() {
    }

    static TerminalScreen.Notice notice(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof RpcException e) || e.unanswered()) {
            return new TerminalScreen.Notice("terminal.unreachable", "", true);
        }
        String key = switch (e.code()) {
            case "SLOT_FULL", "SLOT_NOT_OFFERED" -> "book.full";
            case "ALREADY_BOOKED" -> "book.already";
            case "ALREADY_RATED" -> "rate.already";
            case "TOKEN_EXPIRED" -> "rate.expired";
            case "NOT_FOUND" -> "terminal.not-found";
            default -> "terminal.refused";
        };
        return new TerminalScreen.Notice(key, "", true);
    }
}
