package org.onewindow.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.protocol.testsupport.MosquittoProcess;

/**
 * The hash is the one Mosquitto 2 writes and reads ({@code $7$}: PBKDF2-HMAC-SHA512, 12-byte salt).
 * Whether the broker accepts the server's 1000 iterations is {@code MosquittoPasswordFileTest}'s.
 */
class MosquittoPasswordHashTest {

    @TempDir
    Path dir;

    @Test
    void matchesALineMosquittoPasswd2011Wrote() {
        // mosquitto_passwd -b file u secret, Mosquitto 2.0.11
        byte[] salt = Base64.getDecoder().decode("BNjTbndWCaifQvQ9");

        assertThat(MosquittoPasswordHash.of("secret", salt, 101)).isEqualTo("$7$101$BNjTbndWCaifQvQ9$"
                + "V4qeMzQC2AHrz50wpxW/2ED6cOjLwNlf7gFmLNDRVnXtYeFot4LNrB0xzPybxkCBA+tY52YkAjqxs2OERFdo2g==");
    }

    @Test
    void matchesWhatThisMachinesMosquittoPasswdWritesForAPasswordOutsideAscii() throws Exception {
        Assumptions.assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        Path file = Files.createFile(dir.resolve("passwords"));
        String password = "服务大厅-Ünïcode-" + System.nanoTime();
        Process p = new ProcessBuilder("mosquitto_passwd", "-b", file.toString(), "u", password)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as("mosquitto_passwd").isTrue();

        String written = Files.readString(file).strip().substring("u:".length());
        String[] parts = written.split("\\$");  // "", "7", iterations, salt, hash
        assertThat(MosquittoPasswordHash.of(password, Base64.getDecoder().decode(parts[3]), Integer.parseInt(parts[2])))
                .isEqualTo(written);
    }

    @Test
    void aMadeHashHasMosquittosShapeAndASaltOfItsOwn() {
        String first = MosquittoPasswordHash.of("a-device-token");
        String second = MosquittoPasswordHash.of("a-device-token");

        assertThat(first).matches("\\$7\\$1000\\$[A-Za-z0-9+/]{16}\\$[A-Za-z0-9+/]{86}==");
        assertThat(Base64.getDecoder().decode(first.split("\\$")[3])).hasSize(12);
        assertThat(second).isNotEqualTo(first);
        assertThat(MosquittoPasswordHash.of("a-device-token", Base64.getDecoder().decode(first.split("\\$")[3]), 1000))
                .isEqualTo(first);
    }
}
