package org.onewindow.server.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a script from {@code src/main/resources/redis/} and expands its include lines. A line
 * {@code --#include guards/window_signed_in.lua} is replaced by that file (its path taken from the
 * {@code redis/} folder), so a check several scripts make, such as whether a clerk is signed in
 * at the window, is written once. A file included twice into one script is put in once; an
 * include that leads back to itself, or names a missing file, is a fault of the build.
 */
final class ScriptSources {

    private static final String ROOT = "redis/";
    private static final Pattern INCLUDE = Pattern.compile("--#include ([a-z0-9_/]+\\.lua)\\s*");

    private ScriptSources() {
    }

    /** The source of {@code redis/<name>.lua}, includes expanded, as Redis will run it. */
    static String expanded(String name) {
        StringBuilder out = new StringBuilder();
        append(name + ".lua", out, new HashSet<>(), new ArrayDeque<>());
        return out.toString();
    }

    private static void append(String file, StringBuilder out, Set<String> included, Deque<String> including) {
        if (including.contains(file)) {
            throw new IllegalStateException("script " + ROOT + file + " includes itself through " + including);
        }
        if (!included.add(file)) {
            return;
        }
        including.push(file);
        for (String line : read(file).split("\n", -1)) {
            Matcher include = INCLUDE.matcher(line);
            if (include.matches()) {
                append(include.group(1), out, included, including);
            } else {
                out.append(line).append('\n');
            }
        }
        including.pop();
    }

    private static String read(String file) {
        String path = ROOT + file;
        try (InputStream in = ScriptSources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
