package org.onewindow.server.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.security.DeviceRegistry;

/**
 * Writes the hall's Mosquitto {@code acl_file} at start, and again whenever the devices change, when {@code onewindow.mqtt.mosquitto-acl-file}
 * names one, so the production broker always grants what the device registry says. The file is
 * replaced whole (written beside it, then moved), so Mosquitto never reads half of it; Mosquitto
 * reads it again on SIGHUP. Each broker of {@code onewindow.mqtt.brokers} with a file of its own
 * gets only the devices of its halls, and the server's account on it: a device of a hall on
 * another broker is nobody there.
 */
@Component
class MosquittoAclWriter {

    private static final Logger log = LoggerFactory.getLogger(MosquittoAclWriter.class);

    MosquittoAclWriter(MqttSettings settings, DeviceRegistry devices, HallDirectory halls) {
        for (BrokerLink broker : BrokerLink.all(settings).values()) {
            if (broker.mosquittoAclFile() == null || broker.mosquittoAclFile().isBlank()) {
                continue;
            }
            Path file = Path.of(broker.mosquittoAclFile()).toAbsolutePath();
            Predicate<DeviceAccount> onThisBroker = broker.devicesOf(halls);
            Runnable writeAll = () -> {
                List<DeviceAccount> its = devices.all().stream().filter(onThisBroker).toList();
                write(file, MosquittoAcl.of(broker.username(), broker.serversGroup(), its));
                log.info("Wrote the Mosquitto ACL of {} devices of broker {} to {}", its.size(), broker.name(), file);
            };
            writeAll.run();
            // A device registered, disabled or re-keyed in the console: the file follows at once.
            devices.onChange(writeAll);
        }
    }

    static void write(Path file, String acl) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, acl, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Mosquitto ACL to " + file, e);
        }
    }
}
