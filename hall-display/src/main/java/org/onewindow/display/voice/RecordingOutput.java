package org.onewindow.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every announcement as a numbered WAV file ({@code 0001-A012-5.wav}), in the order played:
 * for a hall that wants a record of its calls, and for checking what a display said.
 */
public final class RecordingOutput implements AudioOutput {

    private static final Logger log = LoggerFactory.getLogger(RecordingOutput.class);

    private final Path dir;
    private final List<Path> files = new CopyOnWriteArrayList<>();

    public RecordingOutput(Path dir) {
        this.dir = dir;
    }

    @Override
    public void play(String name, AudioClip clip) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format("%04d-%s.wav", files.size() + 1, name.replaceAll("[^A-Za-z0-9_.-]", "_")));
            clip.writeWav(file);
            files.add(file);
        } catch (IOException e) {
            log.warn("Could not keep announcement {} in {}: {}", name, dir, e.getMessage());
        }
    }

    /** The files written so far, oldest first. */
    public List<Path> files() {
        return List.copyOf(files);
    }
}
