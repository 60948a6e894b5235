package org.onewindow.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every action the server records in the audit trail has a name on the manager's screen
 * (console/js/audit-actions.js), so a new one is not shown to the manager as a bare code.
 */
class AuditActionsNamedTest {

    /** {@code audit.record(actor, "code", ...)} and the window controller's {@code logged(who, "code", ...)}. */
    private static final Pattern RECORDED = Pattern.compile("(?:audit\\.record|logged)\\([^,;]+,\\s*\"([a-z-]+)\"");
    private static final Pattern NAMED = Pattern.compile("^\\s+'?([a-z-]+)'?: \\['", Pattern.MULTILINE);

    @Test
    void everyRecordedActionIsNamedInTheConsole() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORDED.matcher(Files.readString(file));
                while (m.find()) {
                    recorded.add(m.group(1));
                }
            }
        }
        Set<String> named = new TreeSet<>();
        Matcher m = NAMED.matcher(Files.readString(Path.of("src/main/resources/static/console/js/audit-actions.js")));
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(recorded).as("actions found in the code").hasSizeGreaterThan(30).contains("console-sign-in", "call-next");
        assertThat(named).containsAll(recorded);
    }
}
