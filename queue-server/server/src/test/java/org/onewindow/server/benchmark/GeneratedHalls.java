package org.onewindow.server.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Many copies of the test hall, each with its own id, written as hall files: what a server that
 * serves a whole region's halls is given. The ids start with a fresh prefix, so two runs on one
 * Redis never share a log.
 */
final class GeneratedHalls {

    final List<String> ids;
    /** The files as {@code onewindow.halls.files} takes them: comma-separated {@code file:} locations. */
    final String locations;

    private GeneratedHalls(List<String> ids, String locations) {
        this.ids = List.copyOf(ids);
        this.locations = locations;
    }

    static GeneratedHalls write(Path dir, int count) throws IOException {
        String template;
        try (InputStream in = GeneratedHalls.class.getResourceAsStream("/halls/test-hall.yml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String prefix = "b" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            Path file = dir.resolve(id + ".yml");
            Files.writeString(file, template.replace("id: testhall", "id: " + id), StandardCharsets.UTF_8);
            ids.add(id);
            locations.add("file:" + file.toAbsolutePath());
        }
        return new GeneratedHalls(ids, String.join(",", locations));
    }
}
