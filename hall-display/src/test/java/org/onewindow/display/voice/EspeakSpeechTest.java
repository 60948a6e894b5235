package org.onewindow.display.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real speech engine (espeak-ng, installed by CI): the audio a call produces, checked by
 * level and length, and what was said, checked by espeak-ng's own phoneme transcription of the
 * same text. Nothing is played: there is no sound card here.
 */
class EspeakSpeechTest {

    private static SpeechEngine espeak;

    @TempDir
    Path dir;

    @BeforeAll
    static void findEspeak() {
        espeak = EspeakSpeech.find().orElse(null);
        assumeTrue(espeak != null, "espeak-ng with the cmn-latn-pinyin voice is not installed");
    }

    @Test
    void aCallIsSpokenAsMandarinSpeech() {
        AudioClip speech = espeak.speak(CallPhrase.of("A012", "5")).orElseThrow();
        assertThat(speech.sampleRate()).isEqualTo(AudioClip.SPEECH_RATE);
        // Fourteen syllables at a calm pace.
        assertThat(speech.durationMillis()).isBetween(2000L, 7000L);
        assertThat(speech.level(0, speech.durationMillis())).isGreaterThan(0.02);
    }

    @Test
    void theTicketIsReadSignBySignAndTheWindowAsANumber() throws Exception {
        String phonemes = phonemes(CallPhrase.of("A012", "15").pinyin());
        // qing3 | A | ling2 | yi1 | er4 | hao4 | dao4 | shi2 | wu3 | hao4 | chuang1 ...
        assertThat(phonemes).containsSubsequence("'ei51", "l'i35N", "j'i55", "'@r51", "X'Au51", "t'Au51",
                "s.'i.35", "w'u21", "X'Au51", "ts.hw'A55N", "kh'ou21");
    }

    @Test
    void theRecordedAnnouncementIsChimeThenTheCallTwice() throws Exception {
        RecordingOutput out = new RecordingOutput(dir);
        try (Announcer announcer = new Announcer(espeak, out, Clock.systemUTC(), Duration.ofMinutes(2), 2)) {
            announcer.announce("B007", "12", null);
            await().atMost(Duration.ofSeconds(20)).until(() -> out.files().size() == 1);
        }
        Path file = out.files().get(0);
        assertThat(file.getFileName().toString()).isEqualTo("0001-B007-12.wav");
        AudioClip recorded = AudioClip.readWav(file);
        AudioClip speech = espeak.speak(CallPhrase.of("B007", "12")).orElseThrow();
        long chime = Chime.make(AudioClip.SPEECH_RATE).durationMillis();
        assertThat(recorded.durationMillis()).isBetween(chime + 300 + 2 * speech.durationMillis() + 800 + 500 - 2,
                chime + 300 + 2 * speech.durationMillis() + 800 + 500 + 2);
        assertThat(recorded.level(0, 300)).as("chime").isGreaterThan(0.1);
        long secondStart = chime + 300 + speech.durationMillis() + 800;
        assertThat(recorded.level(chime + 300, chime + 300 + speech.durationMillis())).as("first call").isGreaterThan(0.02);
        assertThat(recorded.level(secondStart - 700, secondStart - 100)).as("pause").isLessThan(0.01);
        assertThat(recorded.level(secondStart, secondStart + speech.durationMillis())).as("second call").isGreaterThan(0.02);
    }

    private static String phonemes(String pinyin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("espeak-ng", "-v", "cmn-latn-pinyin", "-q", "-x", pinyin).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
