package org.onewindow.server.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.onewindow.server.hall.PriorityRules;

class QueueOrderingPolicyTest {

    private static final Instant NINE = Instant.parse("2026-11-24T01:00:00Z");
    private final QueueOrderingPolicy policy = new QueueOrderingPolicy(new PriorityRules(65, 15, 10, 30, 10, false));

    private record Waiting(String number, Instant score) {
    }

    private static List<String> callingOrder(Waiting... tickets) {
        return Stream.of(tickets).sorted(Comparator.comparing(Waiting::score)).map(Waiting::number).toList();
    }

    private Instant at(int minutes) {
        return NINE.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void ordinaryTicketsAreCalledInArrivalOrder() {
        assertThat(callingOrder(
                new Waiting("A002", policy.score(at(2), Priority.NORMAL)),
                new Waiting("A001", policy.score(at(1), Priority.NORMAL)))).containsExactly("A001", "A002");
    }

    @Test
    void greenChannelOvertakesTicketsThatArrivedWithinTheLead() {
        assertThat(callingOrder(
                new Waiting("A001", policy.score(at(0), Priority.NORMAL)),
                new Waiting("A002", policy.score(at(10), Priority.NORMAL)),
                new Waiting("A003", policy.score(at(12), Priority.GREEN)))).containsExactly("A003", "A001", "A002");
    }

    @Test
    void anOrdinaryTicketThatWaitedLongerThanTheLeadIsNeverOvertaken() {
        Instant ordinary = policy.score(at(0), Priority.NORMAL);
        for (int minutes = 16; minutes < 600; minutes++) {
            assertThat(policy.score(at(minutes), Priority.GREEN)).isAfter(ordinary);
        }
        assertThat(policy.longestLead()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAppointmentCountsAsArrivingShortlyBeforeItsSlotButNeverLaterThanItCame() {
        Instant slot = at(60);
        assertThat(policy.appointmentScore(at(40), slot)).isEqualTo(at(40));
        assertThat(policy.appointmentScore(at(55), slot)).isEqualTo(at(50));
        assertThat(policy.appointmentScore(at(65), slot)).isEqualTo(at(50));
    }

    @Test
    void anAppointmentIsOnTimeFromThirtyMinutesBeforeToTenAfterItsSlot() {
        Instant slot = at(60);
        assertThat(policy.appointmentOnTime(at(29), slot)).isFalse();
        assertThat(policy.appointmentOnTime(at(30), slot)).isTrue();
        assertThat(policy.appointmentOnTime(at(70), slot)).isTrue();
        assertThat(policy.appointmentOnTime(at(71), slot)).isFalse();
    }

    @Test
    void raisingToGreenNeverMovesATicketBack() {
        Instant alreadyGreen = policy.score(at(5), Priority.GREEN);
        assertThat(policy.raisedToGreen(at(5), alreadyGreen)).isEqualTo(alreadyGreen);
        assertThat(policy.raisedToGreen(at(5), at(5))).isEqualTo(at(-10));
    }
}
