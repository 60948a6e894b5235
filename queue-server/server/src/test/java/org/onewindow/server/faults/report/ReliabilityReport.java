package org.onewindow.server.faults.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.onewindow.server.faults.checks.ScenarioResult;

/**
 * Writes the latest full run into docs/reliability.md, between two markers, so the document always
 * shows the figures of the code it sits beside, with the command, the machine and the date.
 */
public final class ReliabilityReport {

    static final String BEGIN = "<!-- fault-suite results: begin (written by FaultSuite) -->";
    static final String END = "<!-- fault-suite results: end -->";

    private ReliabilityReport() {
    }

    public static void write(List<ScenarioResult> results, String command) {
        Path doc = document();
        try {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(doc + " lacks the markers " + BEGIN + " and " + END);
            }
            String section = BEGIN + "\n" + "Measured " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + " on " + machine()
                    + " with `" + command + "`:\n\n" + ResultTable.of(results) + "\n";
            Files.writeString(doc, text.substring(0, begin) + section + text.substring(end), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + doc, e);
        }
    }

    private static String machine() {
        return "%s %s, %d cores, Java %s%s".formatted(System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
    }

    /** Other work on the machine slows every process the suite starts, so the figures say how busy it was. */
    private static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return ", load average %s (1 min) %s (5 min) at the end".formatted(load[0], load[1]);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** docs/reliability.md of the project, found upwards from where the tests run (the module's directory). */
    private static Path document() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs").resolve("reliability.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("no docs/reliability.md above " + Path.of("").toAbsolutePath());
    }
}
