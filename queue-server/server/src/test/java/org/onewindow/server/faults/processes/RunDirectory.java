package org.onewindow.server.faults.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run keeps its processes' data and logs: under the module's {@code target/faults}, kept
 * after the run (unlike a JUnit temporary directory) so a failed scenario's logs can be read.
 */
public final class RunDirectory {

    private RunDirectory() {
    }

    public static Path create(String name) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "faults").toAbsolutePath());
            return Files.createTempDirectory(parent, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
