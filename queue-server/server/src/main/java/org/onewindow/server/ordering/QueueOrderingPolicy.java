package org.onewindow.server.ordering;

import java.time.Duration;
import java.time.Instant;

import org.onewindow.server.hall.PriorityRules;

/**
 * Orders the waiting tickets of a queue: each ticket gets a score, an instant, and the lowest
 * score is called first. An ordinary ticket's score is its arrival. A green-channel ticket counts
 * as if it had arrived {@code greenChannelLeadMinutes} earlier; a checked-in appointment counts as
 * if it had arrived {@code appointmentLeadMinutes} before its slot, but never later than its own
 * arrival.
 *
 * <p>Why this cannot starve anyone: a ticket that arrived at {@code t} can only be overtaken by a
 * ticket whose score is below {@code t}, that is a priority ticket arriving before
 * {@code t + lead}. Once an ordinary ticket has waited longer than the largest lead, no ticket
 * arriving later can pass it. Transferred tickets keep their score (their original arrival), and
 * raising a ticket to the green channel only ever lowers its score.
 */
public final class QueueOrderingPolicy {

    private final Duration greenLead;
    private final Duration appointmentLead;
    private final Duration appointmentEarly;
    private final Duration appointmentLate;

    public QueueOrderingPolicy(PriorityRules rules) {
        this.greenLead = Duration.ofMinutes(rules.greenChannelLeadMinutes());
        this.appointmentLead = Duration.ofMinutes(rules.appointmentLeadMinutes());
        this.appointmentEarly = Duration.ofMinutes(rules.appointmentEarlyMinutes());
        this.appointmentLate = Duration.ofMinutes(rules.appointmentLateMinutes());
    }

    /** Score of an ordinary or green-channel ticket arriving now. */
    public Instant score(Instant arrival, Priority priority) {
        return switch (priority) {
            case NORMAL -> arrival;
            case GREEN -> arrival.minus(greenLead);
            case APPOINTMENT -> throw new IllegalArgumentException("an appointment needs its slot: use appointmentScore");
        };
    }

    /** Score of a checked-in appointment: near its slot, never behind its own arrival. */
    public Instant appointmentScore(Instant arrival, Instant slotStart) {
        Instant nearSlot = slotStart.minus(appointmentLead);
        return nearSlot.isBefore(arrival) ? nearSlot : arrival;
    }

    /**
     * Whether an appointment checked in at {@code arrival} keeps its priority: from
     * {@code appointmentEarlyMinutes} before the slot to {@code appointmentLateMinutes} after it.
     * A late one is served as an ordinary ticket.
     */
    public boolean appointmentOnTime(Instant arrival, Instant slotStart) {
        return !arrival.isBefore(slotStart.minus(appointmentEarly)) && !arrival.isAfter(slotStart.plus(appointmentLate));
    }

    /** Score after staff raise a waiting ticket to the green channel: never later than before. */
    public Instant raisedToGreen(Instant arrival, Instant currentScore) {
        Instant green = score(arrival, Priority.GREEN);
        return green.isBefore(currentScore) ? green : currentScore;
    }

    /** The longest any ticket can be overtaken by: the largest lead. */
    public Duration longestLead() {
        return greenLead.compareTo(appointmentLead) >= 0 ? greenLead : appointmentLead;
    }
}
