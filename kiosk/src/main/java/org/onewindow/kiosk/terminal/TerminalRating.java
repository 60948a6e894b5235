package org.onewindow.kiosk.terminal;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.rest.RateableService;

/**
 * Rating a service at the terminal (好差评): the person's services still to be rated, a level,
 * and for a bad one what was wrong. One rating per service, wherever it is given.
 */
public final class TerminalRating {

    private final TerminalRequests link;
    private final Turn turn;
    private List<RateableService> rateable = List.of();

    TerminalRating(TerminalRequests link, Turn turn) {
        this.link = link;
        this.turn = turn;
    }

    /** The person's services as the menu fetched them; those rated already are left out. */
    void offer(List<RateableService> services) {
        rateable = services.stream().filter(s -> !s.rated()).toList();
    }

    int count() {
        return rateable.size();
    }

    public void rate() {
        turn.touched();
        if (turn.identity() != null) {
            turn.show(rateable.isEmpty() ? new TerminalScreen.Notice("rate.nothing", "", false)
                    : new TerminalScreen.Rate(rateable));
        }
    }

    public void rateService(String ticketId) {
        turn.touched();
        rateable.stream().filter(s -> s.ticketId().equals(ticketId)).findFirst()
                .ifPresent(s -> turn.show(new TerminalScreen.RateService(s, "", List.of())));
    }

    /** A level chosen: a good one is sent at once; a bad one asks for the reasons first. */
    public void chooseLevel(String level) {
        turn.touched();
        if (turn.current() instanceof TerminalScreen.RateService s) {
            if (RatingLevel.valueOf(level).bad()) {
                turn.show(new TerminalScreen.RateService(s.service(), level, List.of()));
            } else {
                send(s.service(), level, List.of());
            }
        }
    }

    public void toggleReason(String reason) {
        turn.touched();
        if (turn.current() instanceof TerminalScreen.RateService s && !s.level().isEmpty()) {
            List<String> reasons = new ArrayList<>(s.reasons());
            if (!reasons.remove(reason)) {
                reasons.add(reason);
            }
            turn.show(new TerminalScreen.RateService(s.service(), s.level(), reasons));
        }
    }

    public void submit() {
        turn.touched();
        if (turn.current() instanceof TerminalScreen.RateService s && !s.level().isEmpty() && !s.reasons().isEmpty()) {
            send(s.service(), s.level(), s.reasons());
        }
    }

    private void send(RateableService service, String level, List<String> reasons) {
        if (turn.identity() == null) {
            return;
        }
        turn.await("working.sending", link.rate(turn.identity(), service.ticketId(), level, reasons), rating -> {
            rateable = rateable.stream().filter(r -> !r.ticketId().equals(service.ticketId())).toList();
            turn.show(new TerminalScreen.Notice("rate.thanks", service.ticketNumber(), false));
        });
    }
}
