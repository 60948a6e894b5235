package org.onewindow.kiosk.turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

import org.onewindow.kiosk.device.idcard.IdCard;

/**
 * Who the kiosk is serving now, and when that stops. An identity belongs to one citizen's turn:
 * it is forgotten when its card has been lifted and the screen left untouched for a few seconds,
 * when another card is laid, when a ticket has been issued for it, and when the turn ends after the
 * idle timeout. Elderly mode is part of the turn too: a card at or over the hall's green-channel age
 * turns it on, and it goes off when the turn ends, so the next person does not inherit it.
 *
 * <p>Pure state over a {@link Clock}: no screen, no device, no thread. The flows ask it every
 * second what is {@link #due()} and act on the answer.
 */
public final class CitizenTurn {

    /** What the flow should do now. */
    public enum Due {
        NOTHING,
        /** The card was lifted and the citizen has gone quiet: forget who they are. */
        FORGET_CARD,
        /** Untouched for the whole idle time: the turn is over. */
        END_TURN
    }

    private final Clock clock;
    private final ZoneId zone;
    private final TurnSettings settings;
    private IdCard card;
    private boolean cardOnReader;
    private Instant liftedAt;
    private Instant lastTouch;
    private boolean elderly;
    /** Switched on by the citizen's own hand since the last card: laying a card then keeps it on. */
    private boolean elderlyChosen;

    public CitizenTurn(Clock clock, ZoneId zone, TurnSettings settings) {
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
        this.lastTouch = clock.instant();
    }

    /** A card was laid and read: it is the identity from now on, replacing any other. */
    public void cardLaid(IdCard read) {
        touched();
        card = read;
        cardOnReader = true;
        liftedAt = null;
        elderly = elderlyChosen || read.ageOn(LocalDate.now(clock.withZone(zone))) >= settings.elderlyAge();
        elderlyChosen = false;
    }

    /** The reader no longer sees a card. */
    public void cardLifted() {
        if (cardOnReader) {
            cardOnReader = false;
            liftedAt = clock.instant();
        }
    }

    /** Any touch on the screen. */
    public void touched() {
        lastTouch = clock.instant();
    }

    /** Forgets the identity but not the turn: a ticket was issued for it, or its card was lifted and left. */
    public void forgetCard() {
        card = null;
        liftedAt = null;
    }

    /** The turn is over: the identity and elderly mode go, and the clock starts again for the next person. */
    public void end() {
        forgetCard();
        elderly = false;
        elderlyChosen = false;
        touched();
    }

    /** The citizen's own elderly-mode toggle. */
    public void toggleElderly() {
        touched();
        elderly = !elderly;
        elderlyChosen = elderly;
    }

    /** The card held for this turn, or null. */
    public IdCard card() {
        return card;
    }

    public boolean elderly() {
        return elderly;
    }

    /** Whether there is anything of a citizen's to end: a card held or elderly mode on. */
    public boolean engaged() {
        return card != null || elderly;
    }

    /** What is due now; the flow decides which screens may be interrupted. */
    public Due due() {
        Instant now = clock.instant();
        if (secondsLeft() <= 0) {
            return Due.END_TURN;
        }
        if (card != null && !cardOnReader && liftedAt != null) {
            Instant quietSince = lastTouch.isAfter(liftedAt) ? lastTouch : liftedAt;
            if (!Duration.between(quietSince, now).minus(settings.liftedGrace()).isNegative()) {
                return Due.FORGET_CARD;
            }
        }
        return Due.NOTHING;
    }

    /**
     * The idle countdown, the same for both faces of the kiosk, asked every second: the seconds
     * left before the turn ends, or -1 when there is nothing to count down. What is due is done
     * through {@code forgetCard} and {@code endTurn}, except while {@code busy} (the kiosk works
     * for the citizen, which is never interrupted).
     *
     * @param atStart whether the flow shows its first screen, where a turn not engaged has no end
     */
    public long countdown(boolean busy, BooleanSupplier atStart, Runnable forgetCard, Runnable endTurn) {
        if (busy) {
            return -1;
        }
        Due due = due();
        if (due == Due.FORGET_CARD) {
            forgetCard.run();
        }
        if (atStart.getAsBoolean() && !engaged()) {
            return -1;
        }
        if (due == Due.END_TURN) {
            endTurn.run();
            return -1;
        }
        return secondsLeft();
    }

    /** Seconds left before the turn ends untouched (for the countdown); 0 or less when it is over. */
    public long secondsLeft() {
        Duration idle = elderly ? settings.elderlyIdle() : settings.idle();
        Duration left = idle.minus(Duration.between(lastTouch, clock.instant()));
        return left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
    }
}
