package org.onewindow.kiosk.terminal;

import java.util.List;
import java.util.concurrent.Executor;

import org.onewindow.protocol.rest.CaseView;

/**
 * Collecting results at the terminal (自助取件): the person's results waiting in the locker, and
 * the pickup of one, told on screen as the door opens and shuts.
 */
public final class TerminalCollection {

    private final LockerPickup pickup;
    private final Turn turn;
    private List<CaseView> inLocker = List.of();

    /** @param pickup the locker; null for a terminal without one */
    TerminalCollection(LockerPickup pickup, Turn turn) {
        this.pickup = pickup;
        this.turn = turn;
    }

    /** The person's results in the locker, as the menu fetched them; empty to forget them. */
    void offer(List<CaseView> results) {
        inLocker = List.copyOf(results);
    }

    int count() {
        return inLocker.size();
    }

    /** The results to choose from, or why there are none. */
    public void choose() {
        turn.touched();
        if (turn.identity() == null) {
            return;
        }
        if (pickup == null) {
            turn.show(new TerminalScreen.Notice("locker.none-here", "", false));
        } else if (inLocker.isEmpty()) {
            turn.show(new TerminalScreen.Notice("locker.nothing", "", false));
        } else {
            turn.show(new TerminalScreen.Collect(inLocker));
        }
    }

    /** Opens the result's slot, waits for the door to shut with the result gone, records the pickup. */
    public void collect(String caseNo) {
        turn.touched();
        CaseView result = inLocker.stream().filter(c -> c.caseNo().equals(caseNo)).findFirst().orElse(null);
        if (turn.identity() == null || result == null || pickup == null) {
            return;
        }
        Executor thisTurn = turn.thisTurn();
        turn.show(new TerminalScreen.Working("working.opening"));
        pickup.collect(turn.identity(), result, new LockerPickup.Listener() {
            @Override
            public void opened(int slot) {
                thisTurn.execute(() -> turn.show(new TerminalScreen.LockerOpen(result, slot)));
            }

            @Override
            public void collected(int slot, boolean recorded) {
                thisTurn.execute(() -> {
                    inLocker = inLocker.stream().filter(c -> !c.caseNo().equals(caseNo)).toList();
                    turn.touched();
                    turn.show(new TerminalScreen.Collected(result, slot, recorded));
                });
            }

            @Override
            public void failed(String messageKey, int slot) {
                thisTurn.execute(() -> {
                    turn.touched();
                    turn.show(new TerminalScreen.Notice(messageKey, slot > 0 ? Integer.toString(slot) : "", true));
                });
            }
        });
    }
}
