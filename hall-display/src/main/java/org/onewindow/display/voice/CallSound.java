package org.onewindow.display.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole sound of one call: a chime, a short pause, then the phrase {@code repeat} times with
 * pauses between, and a little silence after, so the next call never follows too closely. Without
 * speech the chime still sounds.
 */
final class CallSound {

    private static final int AFTER_CHIME_MILLIS = 300;
    private static final int BETWEEN_REPEATS_MILLIS = 800;
    private static final int AFTER_MILLIS = 500;

    private final SpeechEngine speech;
    private final int repeat;
    private final AudioClip chime = Chime.make(AudioClip.SPEECH_RATE);

    CallSound(SpeechEngine speech, int repeat) {
        this.speech = speech;
        this.repeat = repeat;
    }

    AudioClip of(CallPhrase phrase) {
        Optional<AudioClip> spoken = speech.speak(phrase);
        if (spoken.isEmpty()) {
            return AudioClip.concat(chime, AudioClip.silence(chime.sampleRate(), AFTER_MILLIS));
        }
        AudioClip voice = spoken.get();
        if (voice.sampleRate() != chime.sampleRate()) {
            // Another engine at another rate: its speech alone, rather than a resampling here.
            return voice;
        }
        List<AudioClip> parts = new ArrayList<>();
        parts.add(chime);
        parts.add(AudioClip.silence(chime.sampleRate(), AFTER_CHIME_MILLIS));
        for (int i = 0; i < repeat; i++) {
            if (i > 0) {
                parts.add(AudioClip.silence(chime.sampleRate(), BETWEEN_REPEATS_MILLIS));
            }
            parts.add(voice);
        }
        parts.add(AudioClip.silence(chime.sampleRate(), AFTER_MILLIS));
        return AudioClip.concat(parts.toArray(AudioClip[]::new));
    }
}
