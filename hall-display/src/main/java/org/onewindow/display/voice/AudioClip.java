package org.onewindow.display.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sound.sampled.AudioFormat;

/**
 * Mono 16-bit audio in memory: what an announcement is made of (chime, speech, pauses) and what
 * is played or kept as a WAV file.
 *
 * @param sampleRate samples per second
 * @param samples    signed 16-bit samples
 */
public record AudioClip(int sampleRate, short[] samples) {

    /** The rate espeak-ng speaks at; the chime and pauses are made at it so nothing is resampled. */
    public static final int SPEECH_RATE = 22050;

    public AudioClip {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive");
        }
        samples = samples.clone();
    }

    public static AudioClip silence(int sampleRate, int millis) {
        return new AudioClip(sampleRate, new short[sampleRate * millis / 1000]);
    }

    /** The clips one after another; they must share a sample rate. */
    public static AudioClip concat(AudioClip... parts) {
        int rate = parts[0].sampleRate;
        int length = 0;
        for (AudioClip part : parts) {
            if (part.sampleRate != rate) {
                throw new IllegalArgumentException("cannot join " + part.sampleRate + " Hz to " + rate + " Hz audio");
            }
            length += part.samples.length;
        }
        short[] all = new short[length];
        int at = 0;
        for (AudioClip part : parts) {
            System.arraycopy(part.samples, 0, all, at, part.samples.length);
            at += part.samples.length;
        }
        return new AudioClip(rate, all);
    }

    public long durationMillis() {
        return samples.length * 1000L / sampleRate;
    }

    /** Root mean square level (0..1) between two times, to tell sound from silence. */
    public double level(long fromMillis, long toMillis) {
        int from = (int) Math.max(0, fromMillis * sampleRate / 1000);
        int to = (int) Math.min(samples.length, toMillis * sampleRate / 1000);
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double s = samples[i] / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / (to - from));
    }

    @Override
    public short[] samples() {
        return samples.clone();
    }

    public AudioFormat format() {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    /** Little-endian PCM bytes, as a sound card takes them. */
    public byte[] pcmBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            buffer.putShort(s);
        }
        return buffer.array();
    }

    public void writeWav(Path file) throws IOException {
        WavFiles.write(this, file);
    }

    /** Reads a mono or stereo 16-bit PCM WAV file (stereo is mixed down). */
    public static AudioClip readWav(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return readWav(raw.readAllBytes());
        }
    }

    public static AudioClip readWav(byte[] wav) throws IOException {
        return WavFiles.read(wav);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioClip other && other.sampleRate == sampleRate && Arrays.equals(other.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRate + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "AudioClip[" + sampleRate + " Hz, " + durationMillis() + " ms]";
    }
}
