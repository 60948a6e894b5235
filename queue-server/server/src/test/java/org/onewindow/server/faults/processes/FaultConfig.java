package org.onewindow.server.faults.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The files the suite's servers read: one hall per scenario (16 windows of one area, open all day
 * every day, so a run at any hour finds the hall open) and the accounts. Clerks' passwords are
 * hashed with bcrypt cost 4: with HTTP Basic every request checks the password, and at the usual
 * cost 10 the checks alone would take the machine's two cores.
 */
final class FaultConfig {

    static final int WINDOWS = 16;

    private FaultConfig() {
    }

    static Path hallFile(Path dir, String hallId) {
        StringBuilder yaml = new StringBuilder("""
                id: %s
                name: 故障演练大厅
                name-en: Fault drill hall
                time-zone: Asia/Shanghai
                opening-hours: {days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], open: "00:00", close: "23:59"}
                priority:
                  green-channel-age: 65
                  green-channel-lead-minutes: 15
                  appointment-lead-minutes: 10
                  appointment-early-minutes: 30
                  appointment-late-minutes: 10
                tidal:
                  auto-mode: false
                  evaluate-every-seconds: 15
                  open-when-waiting-at-least: 25
                  open-when-oldest-wait-minutes: 40
                  open-when-predicted-wait-minutes: 45
                  close-when-waiting-at-most: 5
                  close-when-predicted-wait-minutes: 15
                  min-open-minutes: 30
                  sustain-seconds: 60
                areas:
                  - {id: biz, name: 企业开办, name-en: Business start-up, prefix: A, lead-department: 市场监管局, default-service-minutes: 10}
                windows:
                """.formatted(hallId));
        for (int no = 1; no <= WINDOWS; no++) {
            yaml.append("  - {no: \"").append(no).append("\", kind: COMPREHENSIVE, areas: [biz]}\n");
        }
        yaml.append("""
                items:
                  - code: QY001
                    name: 企业设立登记
                    department: 市场监管局
                    area: biz
                    kind: IMMEDIATE
                    applicant: COMPANY
                    visits: 1
                    materials:
                      - {name: 公司登记（备案）申请书, original: true, copies: 1}
                      - {name: 公司章程, original: true, copies: 1, may-be-missing: true}
                """);
        return write(dir.resolve(hallId + ".yml"), yaml.toString());
    }

    /** Staff of every hall, and a kiosk of each hall: a device's token opens only its own hall. */
    static Path accountsFile(Path dir, List<String> hallIds) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        List<String> lines = new ArrayList<>(List.of("onewindow:", "  security:", "    users:",
                "      - {username: manager, display-name: 值班主任, password-hash: \"{bcrypt}" + bcrypt.encode(FaultCluster.MANAGER_PASSWORD)
                        + "\", roles: [MANAGER]}"));
        String clerkHash = bcrypt.encode(FaultCluster.CLERK_PASSWORD);
        for (int i = 1; i <= WINDOWS; i++) {
            lines.add("      - {username: " + FaultCluster.clerk(i) + ", display-name: 办事员" + i + ", password-hash: \"{bcrypt}"
                    + clerkHash + "\", roles: [CLERK]}");
        }
        lines.add("    devices:");
        for (String hall : hallIds) {
            lines.add("      - {id: kiosk-" + hall + ", kind: KIOSK, hall: " + hall + ", token-sha256: "
                    + sha256(FaultCluster.kioskToken(hall)) + "}");
        }
        lines.addAll(List.of(
                "logging:", "  level:", "    root: WARN", "    org.onewindow.server.messaging: INFO", "    org.onewindow.server.pipeline: INFO",
                "spring:", "  main:", "    banner-mode: off"));
        return write(dir.resolve("accounts.yml"), String.join("\n", lines) + "\n");
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
