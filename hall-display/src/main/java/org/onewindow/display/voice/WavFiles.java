package org.onewindow.display.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** WAV files in and out of an {@link AudioClip}: what espeak-ng writes, and what a display records. */
final class WavFiles {

    private WavFiles() {
    }

    static void write(AudioClip clip, Path file) throws IOException {
        byte[] pcm = clip.pcmBytes();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), clip.format(), pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    /** A mono or stereo 16-bit PCM WAV file's samples; stereo is mixed down. */
    static AudioClip read(byte[] wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = in.getFormat();
            if (f.getSampleSizeInBits() != 16 || f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new IOException("expected 16-bit signed PCM, got " + f);
            }
            byte[] bytes = in.readAllBytes();
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int channels = f.getChannels();
            short[] mono = new short[bytes.length / 2 / channels];
            for (int i = 0; i < mono.length; i++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += buffer.getShort();
                }
                mono[i] = (short) (sum / channels);
            }
            return new AudioClip((int) f.getSampleRate(), mono);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a WAV file: " + e.getMessage(), e);
        }
    }
}
