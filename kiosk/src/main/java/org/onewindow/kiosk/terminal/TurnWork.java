package org.onewindow.kiosk.terminal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.onewindow.kiosk.device.printer.PrintedSlip;
import org.onewindow.kiosk.device.printer.PrinterException;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.server.HealthSink;

/**
 * The terminal's work off the UI thread for a citizen's turn: answers awaited from the hall and
 * slips printed. What comes back is shown on the UI thread, and only if the turn it was for is
 * still on: an answer for an earlier turn is never shown to the next person.
 */
final class TurnWork {

    private final TicketPrinter printer;
    private final HealthSink health;
    private final Executor ui;
    private final Consumer<TerminalScreen> show;
    private final Runnable touched;
    /** Counts citizens' turns. */
    private long turnNo;

    TurnWork(TicketPrinter printer, HealthSink health, Executor ui, Consumer<TerminalScreen> show, Runnable touched) {
        this.printer = printer;
        this.health = health;
        this.ui = ui;
        this.show = show;
        this.touched = touched;
    }

    /** Another turn begins: whatever is still under way for the last one is dropped when it comes back. */
    void nextTurn() {
        turnNo++;
    }

    /** Shows "please wait", then the answer's screen; a failure is told in plain words. */
    <T> void await(String workingKey, CompletableFuture<T> answer, Consumer<T> then) {
        long mine = turnNo;
        show.accept(new TerminalScreen.Working(workingKey));
        answer.whenComplete((value, failure) -> onUi(mine, () -> {
            touched.run();
            if (failure != null) {
                show.accept(TerminalRefusals.notice(failure));
            } else {
                then.accept(value);
            }
        }));
    }

    /** Prints on a worker thread, then shows what {@code done} makes of the printer's problem (empty: printed). */
    void print(PrintedSlip slip, Function<String, TerminalScreen> done) {
        long mine = turnNo;
        show.accept(new TerminalScreen.Working("working.printing"));
        CompletableFuture.supplyAsync(() -> {
            try {
                printer.print(slip);
                var after = printer.status();
                health.report("printer", after.healthState(), after.words());
                return "";
            } catch (PrinterException e) {
                health.report("printer", "FAULT", e.status().words());
                return e.status().words();
            }
        }).whenComplete((problem, failure) -> onUi(mine, () -> {
            touched.run();
            show.accept(done.apply(failure != null ? "打印机故障" : problem));
        }));
    }

    /** Runs actions on the UI thread while this turn lasts. */
    Executor thisTurn() {
        long mine = turnNo;
        return action -> onUi(mine, action);
    }

    private void onUi(long forTurn, Runnable action) {
        ui.execute(() -> {
            if (turnNo == forTurn) {
                action.run();
            }
        });
    }
}
