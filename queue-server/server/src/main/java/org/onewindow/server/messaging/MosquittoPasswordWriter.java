package org.onewindow.server.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.server.accounts.MosquittoPasswordHash;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.security.DeviceRegistry;

/**
 * Writes the hall's Mosquitto {@code password_file} at start, and again whenever the devices change,
 * when {@code onewindow.mqtt.mosquitto-password-file} names one, so a device registered, disabled,
 * enabled or re-keyed in the console needs no {@code mosquitto_passwd} by hand; Mosquitto reads it
 * again on SIGHUP. The server's own account is hashed afresh at every start from its configured
 * password. A device seeded from the configuration has no hash the server made (only its token's
 * SHA-256 is known): the administrator's line for it is kept while it is enabled, until a rotation
 * in the console gives it one. Each broker of {@code onewindow.mqtt.brokers} with a file of its own
 * gets the server's account on it and only the devices of its halls.
 */
@Component
class MosquittoPasswordWriter {

    private static final Logger log = LoggerFactory.getLogger(MosquittoPasswordWriter.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    MosquittoPasswordWriter(MqttSettings settings, DeviceRegistry devices, HallDirectory halls) {
        for (BrokerLink broker : BrokerLink.all(settings).values()) {
            if (broker.mosquittoPasswordFile() == null || broker.mosquittoPasswordFile().isBlank()) {
                continue;
            }
            Path file = Path.of(broker.mosquittoPasswordFile()).toAbsolutePath();
            String serverHash = MosquittoPasswordHash.of(broker.password() == null ? "" : broker.password());
            Predicate<DeviceAccount> onThisBroker = broker.devicesOf(halls);
            Object oneAtATime = new Object();
            Runnable writeAll = () -> {
                // A change in the console and the timed re-read may come at once: each write reads the
                // file the one before left (the administrator's lines) and the devices as they are now.
                synchronized (oneAtATime) {
                    writeOnce(file, broker.username(), serverHash, devices, onThisBroker);
                }
            };
            writeAll.run();
            devices.onChange(writeAll);
        }
    }

    private static void writeOnce(Path file, String serverUsername, String serverHash, DeviceRegistry devices,
                                  Predicate<DeviceAccount> onThisBroker) {
        List<String> its = devices.all().stream().filter(onThisBroker).map(DeviceAccount::id).toList();
        Map<String, String> made = new HashMap<>(devices.mosquittoPasswords());
        made.keySet().retainAll(its);
        var lines = MosquittoPasswords.lines(its, made, read(file));
        write(file, MosquittoPasswords.of(serverUsername, serverHash, lines));
        // Counts only: a hash is as secret as the token it was made from.
        log.info("Wrote the Mosquitto passwords of the server and {} devices ({} of them the administrator's lines) to {}",
                lines.size(), lines.size() - made.size(), file);
    }

    /**
     * Replaces the file whole: a temporary file beside it, made readable by its owner only before a
     * byte is written, then moved over it atomically, so Mosquitto never reads half a file and no
     * one else ever reads the hashes. An existing file's group and group permissions are kept (the
     * administrator may have given Mosquitto's group read access); others get none.
     */
    static void write(Path file, String passwords) {
        try {
            Files.createDirectories(file.getParent());
            boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class);
            Path next = posix
                    ? Files.createTempFile(file.getParent(), file.getFileName() + ".", ".next", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(file.getParent(), file.getFileName() + ".", ".next");
            try {
                if (posix && Files.exists(file)) {
                    keepGroup(file, next);
                }
                Files.writeString(next, passwords, StandardCharsets.UTF_8);
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Mosquitto password file " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Mosquitto password file " + file, e);
        }
    }

    private static void keepGroup(Path file, Path next) throws IOException {
        PosixFileAttributes existing = Files.readAttributes(file, PosixFileAttributes.class);
        Set<PosixFilePermission> permissions = EnumSet.copyOf(OWNER_ONLY);
        GroupPrincipal group = existing.group();
        try {
            Files.getFileAttributeView(next, PosixFileAttributeView.class).setGroup(group);
            existing.permissions().stream().filter(p -> p == PosixFilePermission.GROUP_READ).forEach(permissions::add);
        } catch (IOException notAMember) {
            // The server's user is not in that group: the file stays its owner's alone.
            log.warn("Could not keep the group {} of {}: {}", group.getName(), file, notAMember.getMessage());
        }
        Files.setPosixFilePermissions(next, permissions);
    }
}
