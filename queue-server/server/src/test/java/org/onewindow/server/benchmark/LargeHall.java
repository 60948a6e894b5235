package org.onewindow.server.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hall of 200 windows made from the demo hall linxia: its 14 areas (themes) and items, with the
 * windows shared among the areas by the work each brings (share of the day's tickets × minutes of
 * service), one area per window, and the last windows tidal. Staff are clerk01…clerk200 (one per
 * window, password demo-clerk) and the manager.
 */
final class LargeHall {

    static final String ID = "linxia";
    static final int WINDOWS = 200;
    static final int TIDAL = 12;

    /** An area: its share of the day's tickets and its mean service in minutes of the hall's day. */
    record Area(String id, double share, double serviceMinutes) {
    }

    /**
     * The areas' shares of a day, and services of 0.4 × the demo's default minutes: scaled so that
     * the 188 fixed windows run at about 85% of a 9-hour day, queues growing in the morning peak.
     */
    static final List<Area> AREAS = List.of(new Area("invest", 0.06, 8), new Area("market", 0.14, 4.8),
            new Area("police", 0.14, 3.2), new Area("social", 0.16, 3.2), new Area("fund", 0.07, 4),
            new Area("general", 0.10, 4), new Area("tax", 0.10, 4), new Area("estate", 0.11, 6),
            new Area("justice", 0.02, 4.8), new Area("transport", 0.03, 4), new Area("pickup", 0.04, 1.2),
            new Area("assist", 0.01, 8), new Area("consult", 0.01, 2), new Area("complaint", 0.01, 6));

    /** The areas the tidal windows are opened for in the morning peak, in turn. */
    static final List<String> TIDAL_AREAS = List.of("social", "market", "police", "estate");

    private static final String CLERK_HASH = "{bcrypt}$2a$10$sQpR8kHZph.EWftcJWvYs.9MRWdwLYR6drCDLHqq56b9taS8Iyp.S";
    private static final String MANAGER_HASH = "{bcrypt}$2a$10$A6mpa.splUW1PLXqM/EdduKVVtKVTbTc.C1cviYuPA5GWb67.Hkq.";

    /** The area of each window 1…200 (index 0 is window 1); null for a tidal window. */
    final List<String> areaOfWindow;
    final Path file;

    private LargeHall(List<String> areaOfWindow, Path file) {
        this.areaOfWindow = List.copyOf(areaOfWindow.stream().map(a -> a == null ? "" : a).toList());
        this.file = file;
    }

    boolean isTidal(int window) {
        return areaOfWindow.get(window - 1).isEmpty();
    }

    static LargeHall write(Path dir) throws IOException {
        String demo;
        try (InputStream in = LargeHall.class.getResourceAsStream("/halls/linxia.yml")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> areas = windowsByWork();
        StringBuilder windows = new StringBuilder("windows:\n");
        for (int w = 1; w <= WINDOWS; w++) {
            String area = areas.get(w - 1);
            windows.append(area == null ? "  - {no: \"%d\", kind: TIDAL, label: 潮汐窗口, areas: []}%n".formatted(w)
                    : "  - {no: \"%d\", kind: COMPREHENSIVE, areas: [%s]}%n".formatted(w, area));
        }
        int from = demo.indexOf("\nwindows:\n") + 1;
        int to = demo.indexOf("\n\n", from) + 1;
        Path file = dir.resolve("large-hall.yml");
        Files.writeString(file, demo.substring(0, from) + windows + demo.substring(to), StandardCharsets.UTF_8);
        return new LargeHall(areas, file);
    }

    /** Settings for the server: this hall, and 200 clerks and the manager in place of the demo's staff. */
    List<String> settings() {
        List<String> out = new ArrayList<>(List.of("onewindow.halls.files=file:" + file.toAbsolutePath(),
                "onewindow.security.users[0].username=manager", "onewindow.security.users[0].password-hash=" + MANAGER_HASH,
                "onewindow.security.users[0].roles[0]=MANAGER"));
        for (int w = 1; w <= WINDOWS; w++) {
            String prefix = "onewindow.security.users[" + w + "].";
            out.add(prefix + "username=" + String.format(java.util.Locale.ROOT, "clerk%02d", w));
            out.add(prefix + "password-hash=" + CLERK_HASH);
            out.add(prefix + "roles[0]=CLERK");
        }
        return out;
    }

    /** Largest remainder over the areas' work, at least one window each, then the tidal ones. */
    private static List<String> windowsByWork() {
        int fixed = WINDOWS - TIDAL;
        double work = AREAS.stream().mapToDouble(a -> a.share() * a.serviceMinutes()).sum();
        int[] count = new int[AREAS.size()];
        int given = 0;
        for (int i = 0; i < AREAS.size(); i++) {
            count[i] = Math.max(1, (int) (fixed * AREAS.get(i).share() * AREAS.get(i).serviceMinutes() / work));
            given += count[i];
        }
        for (int i = 0; given < fixed; i = (i + 1) % AREAS.size(), given++) {
            count[i]++;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < AREAS.size(); i++) {
            for (int k = 0; k < count[i]; k++) {
                out.add(AREAS.get(i).id());
            }
        }
        while (out.size() < WINDOWS) {
            out.add(null);
        }
        return out;
    }
}
