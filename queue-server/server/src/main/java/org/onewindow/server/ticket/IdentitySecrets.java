package org.onewindow.server.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the identity key comes from. Whoever holds the key and a copy of the data can find every
 * ID number behind the person keys by trying them all, so in production the key must not travel
 * with the data: it comes from the environment or a file outside the data directory, and the
 * server does not start otherwise. The demo makes a random key in the data directory once, so it
 * runs with no setting at all.
 *
 * @param current   the key everything is made with
 * @param previous  the key before a rotation, still accepted on what was signed with it
 */
record IdentitySecrets(String current, Optional<String> previous) {

    private static final Logger log = LoggerFactory.getLogger(IdentitySecrets.class);
    /** 32 characters of a random key: a key a person could remember would be found by trying. */
    static final int MIN_PRODUCTION_LENGTH = 32;
    static final String STORED_KEY_FILE = "identity.key";

    static IdentitySecrets resolve(IdentitySettings settings, Path dataDir, boolean production) {
        Optional<String> current = given(settings.secret(), settings.secretFile(), dataDir, production, "secret");
        Optional<String> previous = given(settings.previousSecret(), settings.previousSecretFile(), dataDir, production,
                "previous-secret");
        if (current.isEmpty() && production) {
            throw new IllegalStateException("The identity key is not set. In production it must come from the "
                    + "environment (ONEWINDOW_IDENTITY_SECRET, or onewindow.identity.secret) or from a file outside the "
                    + "data directory (ONEWINDOW_IDENTITY_SECRET_FILE, or onewindow.identity.secret-file); a key kept "
                    + "beside the data would give every ID number away to whoever copies the data directory.");
        }
        String key = current.orElseGet(() -> storedSecret(dataDir.resolve(STORED_KEY_FILE)));
        if (production && key.length() < MIN_PRODUCTION_LENGTH) {
            throw new IllegalStateException("The identity key is shorter than " + MIN_PRODUCTION_LENGTH
                    + " characters; make one with: openssl rand -base64 32");
        }
        return new IdentitySecrets(key, previous.filter(p -> !p.equals(key)));
    }

    private static Optional<String> given(String text, String file, Path dataDir, boolean production, String name) {
        if (!text.isEmpty()) {
            return Optional.of(text);
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        if (production && isInside(path, dataDir)) {
            throw new IllegalStateException("onewindow.identity." + name + "-file " + path + " lies in the data directory "
                    + dataDir + "; keep the identity key apart from the data it protects.");
        }
        try {
            String key = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (key.isEmpty()) {
                throw new IllegalStateException("onewindow.identity." + name + "-file " + path + " is empty");
            }
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identity key file " + path, e);
        }
    }

    private static boolean isInside(Path file, Path dir) {
        return real(file).startsWith(real(dir));
    }

    /** Symbolic links resolved where they exist, so a link into the data directory is seen for what it is. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            trySetOwnerOnly(file);
            log.warn("No onewindow.identity.secret configured: created a random one in {}. Fine for a demo; in "
                    + "production set ONEWINDOW_IDENTITY_SECRET or ONEWINDOW_IDENTITY_SECRET_FILE (outside the data "
                    + "directory) and run with the 'production' profile.", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the identity key " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", file);
        }
    }

    @Override
    public String toString() {
        return "IdentitySecrets[hidden]";
    }
}
