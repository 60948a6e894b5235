package org.onewindow.display.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

/** The announcement queue, with a speech engine that makes a tone per phrase and an output that records. */
class AnnouncerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    /** "Speech": one second of a tone, so lengths can be checked. */
    private static final SpeechEngine TONE = phrase -> Optional.of(tone(1000));

    /** Plays by recording; the first play can be held open to see what arrives meanwhile. */
    private static final class HeldOutput implements AudioOutput {
        final List<String> played = new CopyOnWriteArrayList<>();
        final List<AudioClip> clips = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void play(String name, AudioClip clip) throws InterruptedException {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            played.add(name);
            clips.add(clip);
        }
    }

    private static AudioClip tone(int millis) {
        short[] s = new short[AudioClip.SPEECH_RATE * millis / 1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (10000 * Math.sin(i * 0.1));
        }
        return new AudioClip(AudioClip.SPEECH_RATE, s);
    }

    @Test
    void callsAreSpokenInOrderAndNeverCutOff() throws Exception {
        HeldOutput out = new HeldOutput();
        try (Announcer announcer = new Announcer(TONE, out, clock, Duration.ofMinutes(2), 2)) {
            announcer.announce("A001", "1", NOW);
            assertThat(out.started.await(5, TimeUnit.SECONDS)).isTrue();
            // While A001 is being spoken, two more calls come in: they wait, A001 is not cut.
            announcer.announce("B002", "5", NOW);
            announcer.announce("C003", "12", NOW);
            assertThat(announcer.speaking()).map(Announcer.Announcement::name).contains("A001-1");
            assertThat(announcer.waiting()).extracting(Announcer.Announcement::name).containsExactly("B002-5", "C003-12");
            out.release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(announcer::idle);
        }
        assertThat(out.played).containsExactly("A001-1", "B002-5", "C003-12");
        AudioClip first = out.clips.get(0);
        long chime = Chime.make(AudioClip.SPEECH_RATE).durationMillis();
        // chime + 300 ms + speech + 800 ms + speech + 500 ms: the phrase is spoken twice, whole.
        assertThat(first.durationMillis()).isBetween(chime + 300 + 1000 + 800 + 1000 + 500 - 2,
                chime + 300 + 1000 + 800 + 1000 + 500 + 2);
        assertThat(first.level(chime + 300, chime + 1300)).isGreaterThan(0.1);
        assertThat(first.level(chime + 1350, chime + 2050)).isZero();
        assertThat(first.level(chime + 2150, chime + 3050)).isGreaterThan(0.1);
    }

    @Test
    void aRecallOfACallStillWaitingIsNotDoubled() throws Exception {
        HeldOutput out = new HeldOutput();
        try (Announcer announcer = new Announcer(TONE, out, clock, Duration.ofMinutes(2), 1)) {
            announcer.announce("A001", "1", NOW);
            assertThat(out.started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(announcer.announce("B002", "5", NOW)).isTrue();
            assertThat(announcer.announce("B002", "5", NOW.plusSeconds(20))).as("recall while B002 waits").isFalse();
            // A recall of the call being spoken now is spoken again afterwards: it may not have been heard.
            assertThat(announcer.announce("A001", "1", NOW.plusSeconds(20))).isTrue();
            // The same ticket sent to another window is a different call.
            assertThat(announcer.announce("B002", "6", NOW.plusSeconds(30))).isTrue();
            out.release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(announcer::idle);
        }
        assertThat(out.played).containsExactly("A001-1", "B002-5", "A001-1", "B002-6");
    }

    @Test
    void aCallThatWaitedTooLongIsShownNotSpoken() throws Exception {
        HeldOutput out = new HeldOutput();
        out.release.countDown();
        try (Announcer announcer = new Announcer(TONE, out, clock, Duration.ofMinutes(2), 1)) {
            announcer.announce("A001", "1", NOW.minusSeconds(121));
            announcer.announce("A002", "1", NOW.minusSeconds(119));
            await().atMost(Duration.ofSeconds(5)).until(announcer::idle);
        }
        assertThat(out.played).containsExactly("A002-1");
    }

    @Test
    void withoutSpeechTheChimeStillSounds() throws Exception {
        HeldOutput out = new HeldOutput();
        out.release.countDown();
        try (Announcer announcer = new Announcer(SpeechEngine.SILENT, out, clock, Duration.ofMinutes(2), 2)) {
            announcer.announce("A001", "1", NOW);
            await().atMost(Duration.ofSeconds(5)).until(() -> out.played.size() == 1);
        }
        AudioClip clip = out.clips.get(0);
        assertThat(clip.durationMillis()).isEqualTo(Chime.make(AudioClip.SPEECH_RATE).durationMillis() + 500);
        assertThat(clip.level(0, 400)).isGreaterThan(0.1);
    }

    @Test
    void aFailingOutputDoesNotStopTheQueue() throws Exception {
        List<String> played = new CopyOnWriteArrayList<>();
        AudioOutput flaky = (name, clip) -> {
            if (name.startsWith("A001")) {
                throw new IllegalStateException("sound card gone");
            }
            played.add(name);
        };
        try (Announcer announcer = new Announcer(TONE, flaky, clock, Duration.ofMinutes(2), 1)) {
            announcer.announce("A001", "1", NOW);
            announcer.announce("A002", "2", NOW);
            await().atMost(Duration.ofSeconds(5)).until(() -> played.size() == 1);
        }
        assertThat(played).containsExactly("A002-2");
    }
}
