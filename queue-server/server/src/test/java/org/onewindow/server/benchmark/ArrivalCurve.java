package org.onewindow.server.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The arrivals of one day of the large hall, 08:30 to 17:30: each ticket's second of the day
 * (counted from the opening) and area, drawn with a fixed seed so every run replays the same day.
 * The curve is the one halls report: a morning peak from 09:30 to 11:30, a dip over lunch, a
 * smaller peak in the afternoon.
 */
final class ArrivalCurve {

    static final int HOURS = 9;
    static final String[] HOUR_NAMES = {"08:30", "09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30", "16:30"};
    /** Share of the day's tickets that arrive in each hour from 08:30. */
    static final double[] CURVE = {0.10, 0.16, 0.17, 0.09, 0.05, 0.10, 0.13, 0.12, 0.08};

    /** One arrival: seconds after 08:30, and the area chosen at the kiosk. */
    record Arrival(double second, String area) {
    }

    private ArrivalCurve() {
    }

    /** {@code tickets} arrivals in order of time. */
    static List<Arrival> arrivals(int tickets, List<LargeHall.Area> areas) {
        Random random = new Random(20261203L);
        double[] cumulativeShare = new double[areas.size()];
        double sum = 0;
        for (int i = 0; i < areas.size(); i++) {
            sum += areas.get(i).share();
            cumulativeShare[i] = sum;
        }
        List<Arrival> out = new ArrayList<>(tickets);
        int given = 0;
        for (int h = 0; h < HOURS; h++) {
            int inHour = h == HOURS - 1 ? tickets - given : (int) Math.round(tickets * CURVE[h]);
            given += inHour;
            for (int k = 0; k < inHour; k++) {
                int area = Arrays.binarySearch(cumulativeShare, random.nextDouble() * sum);
                area = Math.min(areas.size() - 1, area < 0 ? -area - 1 : area);
                out.add(new Arrival(h * 3600 + random.nextDouble() * 3600, areas.get(area).id()));
            }
        }
        out.sort((a, b) -> Double.compare(a.second(), b.second()));
        return out;
    }

    /** The hour of the day a second falls in, 0 for 08:30-09:30; after closing, the overtime row. */
    static int hourOf(double second) {
        return Math.max(0, Math.min(HOURS, (int) (second / 3600)));
    }

    static String hourName(int hour) {
        return hour < HOURS ? HOUR_NAMES[hour] : "17:30 (after closing)";
    }
}
