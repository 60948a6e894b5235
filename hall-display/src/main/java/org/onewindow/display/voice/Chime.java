package org.onewindow.display.voice;

/**
 * The two-note "ding-dong" played before every call, so that people look up before the number is
 * spoken. Made in code (no sound file to ship): two bell-like notes, a major third apart, each
 * with a fast attack and an exponential fade.
 */
final class Chime {

    private static final double HIGH = 1318.5; // E6
    private static final double LOW = 1046.5;  // C6
    private static final int NOTE_MILLIS = 450;

    private Chime() {
    }

    static AudioClip make(int sampleRate) {
        return AudioClip.concat(note(sampleRate, HIGH), note(sampleRate, LOW));
    }

    private static AudioClip note(int rate, double frequency) {
        short[] samples = new short[rate * NOTE_MILLIS / 1000];
        for (int i = 0; i < samples.length; i++) {
            double t = (double) i / rate;
            double attack = Math.min(1, t / 0.005);
            double envelope = attack * Math.exp(-t * 6);
            // A bell: the fundamental with a quieter octave and twelfth.
            double wave = Math.sin(2 * Math.PI * frequency * t)
                    + 0.3 * Math.sin(2 * Math.PI * 2 * frequency * t)
                    + 0.1 * Math.sin(2 * Math.PI * 3 * frequency * t);
            samples[i] = (short) Math.round(envelope * wave / 1.4 * 0.6 * Short.MAX_VALUE);
        }
        return new AudioClip(rate, samples);
    }
}
