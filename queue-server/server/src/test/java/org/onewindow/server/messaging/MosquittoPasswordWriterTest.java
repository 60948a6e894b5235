package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password file: one line an account, replaced whole, readable by no one but its owner (and a group it was given). */
class MosquittoPasswordWriterTest {

    @TempDir
    Path dir;

    @Test
    void theServersLineComesFirstThenEachDeviceOnce() {
        Map<String, String> devices = new LinkedHashMap<>();
        devices.put("kiosk-1", "$7$1000$k$K");
        devices.put("onewindow-server", "$7$1000$x$X");
        devices.put("board-main", "$7$1000$b$B");

        String file = MosquittoPasswords.of("onewindow-server", "$7$1000$s$S", devices);

        assertThat(file.lines().filter(l -> !l.startsWith("#")))
                .containsExactly("onewindow-server:$7$1000$s$S", "kiosk-1:$7$1000$k$K", "board-main:$7$1000$b$B");
    }

    @Test
    void anAdministratorsLineIsKeptOnlyForAnEnabledDeviceTheServerMadeNoHashFor() {
        String old = String.join("\n", "# written by hand", "onewindow-server:$7$101$old$SERVER",
                "kiosk-1:$7$101$k$SEEDED", "board-main:$7$101$b$OLD", "gone:$7$101$g$DISABLED", "");

        Map<String, String> lines = MosquittoPasswords.lines(List.of("kiosk-1", "board-main", "board-new"),
                Map.of("board-main", "$7$1000$b$MADE", "board-new", "$7$1000$n$NEW"), old);

        assertThat(lines).containsExactly(Map.entry("kiosk-1", "$7$101$k$SEEDED"), Map.entry("board-main", "$7$1000$b$MADE"),
                Map.entry("board-new", "$7$1000$n$NEW"));
    }

    @Test
    void aNewFileIsTheOwnersAloneAndNoTemporaryFileIsLeft() throws Exception {
        assumePosix();
        Path file = dir.resolve("etc/onewindow.passwd");

        MosquittoPasswordWriter.write(file, "a:1\n");
        MosquittoPasswordWriter.write(file, "b:2\n");

        assertThat(Files.readString(file)).isEqualTo("b:2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anExistingFilesGroupReadIsKeptAndOthersLoseTheirs() throws Exception {
        assumePosix();
        Path file = dir.resolve("onewindow.passwd");
        Files.writeString(file, "old:0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        MosquittoPasswordWriter.write(file, "a:1\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(Files.readString(file)).isEqualTo("a:1\n");
    }

    private void assumePosix() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "no POSIX permissions here");
    }
}
