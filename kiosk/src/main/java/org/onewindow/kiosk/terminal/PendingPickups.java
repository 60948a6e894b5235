package org.onewindow.kiosk.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pickups that happened but are not yet recorded by the server, kept on disk so that a terminal
 * restarted while the broker was out of reach still sends them. Each is the server's grant token
 * (hall, case, slot, signature): no personal data. Written whole to a new file and moved into
 * place, so a power cut leaves the old list or the new one, never half of one.
 */
public final class PendingPickups {

    private static final Logger log = LoggerFactory.getLogger(PendingPickups.class);

    private final Path file;
    private final Set<String> tokens = new LinkedHashSet<>();

    public PendingPickups(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(tokens::add);
            }
        } catch (IOException e) {
            log.error("Cannot read the pending pickups in {}: {}", file, e.getMessage());
        }
    }

    public synchronized void add(String token) {
        if (tokens.add(token)) {
            save();
        }
    }

    public synchronized void remove(String token) {
        if (tokens.remove(token)) {
            save();
        }
    }

    public synchronized List<String> all() {
        return new ArrayList<>(tokens);
    }

    private void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, "pending-pickups", ".tmp");
            Files.write(next, tokens, StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("Cannot keep the pending pickups in {}: {}", file, e.getMessage());
        }
    }
}
