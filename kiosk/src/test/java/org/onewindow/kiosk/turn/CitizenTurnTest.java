package org.onewindow.kiosk.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.turn.CitizenTurn.Due;
import org.onewindow.protocol.testsupport.MutableClock;

/** One citizen's turn, second by second, on a clock the test moves. */
class CitizenTurnTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"), ZONE);
    private final CitizenTurn turn = new CitizenTurn(clock, ZONE,
            new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(5), 65));

    private void seconds(long s) {
        clock.advance(Duration.ofSeconds(s));
    }

    @Test
    void aLiftedCardIsForgottenOnceTheScreenHasBeenQuietAFewSeconds() {
        turn.cardLaid(SampleCards.ADULT);
        turn.cardLifted();
        seconds(4);
        assertThat(turn.due()).isEqualTo(Due.NOTHING);

        seconds(1);
        assertThat(turn.due()).isEqualTo(Due.FORGET_CARD);
        turn.forgetCard();
        assertThat(turn.card()).isNull();
        assertThat(turn.due()).isEqualTo(Due.NOTHING);
    }

    @Test
    void aCitizenStillTouchingTheScreenKeepsTheirLiftedCard() {
        turn.cardLaid(SampleCards.ADULT);
        turn.cardLifted();
        for (int i = 0; i < 5; i++) {
            seconds(4);
            turn.touched();
        }

        assertThat(turn.due()).isEqualTo(Due.NOTHING);
        assertThat(turn.card()).isEqualTo(SampleCards.ADULT);
        seconds(5);
        assertThat(turn.due()).isEqualTo(Due.FORGET_CARD);
    }

    @Test
    void aCardLeftLyingIsKeptUntilTheIdleTimeoutEndsTheTurn() {
        turn.cardLaid(SampleCards.ADULT);
        seconds(29);
        assertThat(turn.due()).isEqualTo(Due.NOTHING);
        assertThat(turn.secondsLeft()).isEqualTo(1);

        seconds(1);
        assertThat(turn.due()).isEqualTo(Due.END_TURN);
        turn.end();
        assertThat(turn.card()).isNull();
        assertThat(turn.engaged()).isFalse();
    }

    @Test
    void anotherCardReplacesTheOneHeld() {
        turn.cardLaid(SampleCards.ELDERLY);
        turn.cardLaid(SampleCards.ADULT);

        assertThat(turn.card()).isEqualTo(SampleCards.ADULT);
        assertThat(turn.elderly()).isFalse();
    }

    @Test
    void anElderlyCardTurnsElderlyModeOnWithItsLongerTimeoutAndTheEndOfTheTurnOff() {
        turn.cardLaid(SampleCards.ELDERLY);
        assertThat(turn.elderly()).isTrue();
        turn.forgetCard();
        assertThat(turn.elderly()).isTrue();

        seconds(45);
        assertThat(turn.due()).isEqualTo(Due.NOTHING);
        assertThat(turn.secondsLeft()).isEqualTo(15);
        seconds(15);
        assertThat(turn.due()).isEqualTo(Due.END_TURN);
        turn.end();
        assertThat(turn.elderly()).isFalse();
    }

    @Test
    void elderlyModeChosenByHandStaysOnWhenTheSamePersonLaysTheirCard() {
        turn.toggleElderly();
        turn.cardLaid(SampleCards.ADULT);
        assertThat(turn.elderly()).isTrue();

        turn.cardLaid(SampleCards.HONG_KONG_RESIDENT);
        assertThat(turn.elderly()).as("the next person's card").isFalse();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(5), 65))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnSettings(Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(5), 65))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
