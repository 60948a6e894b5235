package org.onewindow.kiosk.turn;

import java.util.function.Consumer;

/**
 * What both faces of the kiosk (the queue kiosk and the 24-hour terminal) do alike in a citizen's
 * turn: the screen shown, the touches that keep the turn going, and elderly mode.
 *
 * @param <S> the face's screens
 */
public abstract class CitizenFace<S> {

    protected final CitizenTurn turn;
    private final Consumer<S> view;
    private S current;

    protected CitizenFace(CitizenTurn turn, Consumer<S> view) {
        this.turn = turn;
        this.view = view;
    }

    /** The screen shown now. */
    public S current() {
        return current;
    }

    /** Any touch: the idle countdown starts again. */
    public void touched() {
        turn.touched();
    }

    /** Whether this turn is shown in elderly mode (larger, high-contrast, spoken). */
    public boolean elderly() {
        return turn.elderly();
    }

    /** The citizen's elderly-mode toggle; the screen is drawn again in the new mode. */
    public void toggleElderly() {
        turn.toggleElderly();
        show(current);
    }

    /** The card is lifted from the reader: it is forgotten once the screen has been quiet a moment. */
    public void cardLifted() {
        turn.cardLifted();
    }

    protected void show(S screen) {
        current = screen;
        view.accept(screen);
    }
}
