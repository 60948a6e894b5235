package org.onewindow.display.voice;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The display's sound card (Java Sound). A machine without one (a server, CI) plays nothing and
 * says so once; the display keeps running.
 */
final class SpeakerOutput implements AudioOutput {

    private static final Logger log = LoggerFactory.getLogger(SpeakerOutput.class);

    private volatile boolean warned;

    @Override
    public void play(String name, AudioClip clip) throws InterruptedException {
        byte[] pcm = clip.pcmBytes();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(clip.format())) {
            line.open(clip.format());
            line.start();
            int chunk = clip.format().getFrameSize() * clip.sampleRate() / 10;
            for (int at = 0; at < pcm.length; at += chunk) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                line.write(pcm, at, Math.min(chunk, pcm.length - at));
            }
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!warned) {
                warned = true;
                log.warn("No sound device: calls are shown but not heard ({})", e.getMessage());
            }
        }
    }
}
