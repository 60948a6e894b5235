package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.security.DeviceRegistry;

/**
 * What docs/security.md tells the operator of a hall's Mosquitto to do when a device is disabled or
 * given a new token, done to a real Mosquitto: the device's line removed from the password file, or
 * its new token put there, and the broker reloaded. The reload ends the open connections whose
 * password no longer matches; the others stay.
 */
class MosquittoWithdrawnDevicesTest {

    private static final HallTopics L = HallTopics.forHall("linxia");

    @Test
    void aReloadAfterThePasswordFileChangedEndsTheWithdrawnDevicesConnections() throws Exception {
        Assumptions.assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        Path dir = Files.createTempDirectory("mosquitto-withdrawn");
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD);
        for (String id : List.of("board-main", "kiosk-1", "terminal-1")) {
            passwords.put(id, HallBrokers.token(id));
        }
        List<String> config = new ArrayList<>(MosquittoProcess.onlyUsers(dir, passwords));
        Path passwordFile = dir.resolve("mosquitto.passwords");
        Path acl = dir.resolve("onewindow.acl");
        writeAcl(acl, HallBrokers.DEVICES);
        config.add("acl_file " + acl);

        try (MosquittoProcess mosquitto = new MosquittoProcess(config);
             ProbeClient board = ProbeClient.connect(mosquitto.uri(), "board-main", HallBrokers.token("board-main"));
             ProbeClient kiosk = ProbeClient.connect(mosquitto.uri(), "kiosk-1", HallBrokers.token("kiosk-1"));
             ProbeClient terminal = ProbeClient.connect(mosquitto.uri(), "terminal-1", HallBrokers.token("terminal-1"))) {
            for (ProbeClient device : List.of(board, kiosk, terminal)) {
                assertThat(device.subscribe(L.serverPresence())).isTrue();
            }

            // board-main disabled, kiosk-1 given a new token, in the console; the server rewrites the ACL.
            Map<DeviceAccount, String> left = new LinkedHashMap<>(HallBrokers.DEVICES);
            left.keySet().removeIf(d -> d.id().equals("board-main"));
            writeAcl(acl, left);
            passwd(dir, "-D", passwordFile.toString(), "board-main");
            passwd(dir, "-b", passwordFile.toString(), "kiosk-1", "the-new-token");
            mosquitto.reload();

            await().atMost(Duration.ofSeconds(10)).until(() -> board.losses.get() == 1 && kiosk.losses.get() == 1);
            assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "board-main", HallBrokers.token("board-main")).close())
                    .isInstanceOf(MqttException.class);
            assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "kiosk-1", HallBrokers.token("kiosk-1")).close())
                    .isInstanceOf(MqttException.class);
            try (ProbeClient renewed = ProbeClient.connect(mosquitto.uri(), "kiosk-1", "the-new-token")) {
                assertThat(renewed.subscribe(L.serverPresence())).isTrue();
            }
            assertThat(terminal.subscribe(L.serverPresence())).isTrue();
            assertThat(terminal.losses.get()).as("a device whose password still matches").isZero();
        }
    }

    private static void writeAcl(Path acl, Map<DeviceAccount, String> devices) {
        MosquittoAclWriter.write(acl, MosquittoAcl.of(HallBrokers.SERVER_USER, MqttAccess.serverGroup(HallBrokers.SERVER_PASSWORD),
                DeviceRegistry.of(devices).all()));
    }

    private static void passwd(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mosquitto_passwd"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("passwd.log").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
    }
}
