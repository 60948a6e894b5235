package org.onewindow.kiosk.terminal;

import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.onewindow.kiosk.device.printer.PrintedSlip;
import org.onewindow.protocol.rest.Identity;

/**
 * The citizen's turn at the terminal, as each feature (booking, rating) uses it: the swiped card,
 * the screen, waiting for the server and printing. Answers that come after the turn ended are
 * dropped here, so no feature can show one person's data to the next.
 */
interface Turn {

    /** The swiped card as an identity, or null before a card is swiped. */
    Identity identity();

    TerminalScreen current();

    void show(TerminalScreen screen);

    /** The citizen touched the screen: the idle countdown starts again. */
    void touched();

    /** Shows "please wait", then what {@code then} makes of the answer; a failure in plain words. */
    <T> void await(String workingKey, CompletableFuture<T> answer, Consumer<T> then);

    /** Prints on a worker thread, then shows what {@code done} makes of the printer's problem (empty: printed). */
    void print(PrintedSlip slip, Function<String, TerminalScreen> done);

    /**
     * Runs actions on the UI thread while this turn lasts: an action that arrives after the
     * citizen went home is dropped.
     */
    Executor thisTurn();

    /** Now, in the hall's time zone. */
    LocalDateTime now();
}
