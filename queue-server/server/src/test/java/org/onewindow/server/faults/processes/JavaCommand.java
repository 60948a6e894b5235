package org.onewindow.server.faults.processes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM on the test's own classpath. Under Surefire {@code java.class.path}
 * can be a jar holding only a manifest, so the classpath Surefire reports is preferred.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    static List<String> of(String mainClass, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small heaps and the quick compiler: several JVMs share two cores with the rest of the machine.
        command.addAll(List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path", "");
        return surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
    }
}
