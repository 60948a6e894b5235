package org.onewindow.server.hall;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a hall stands in the administrative divisions (行政区划): its province, and below it the
 * city (地级) and the county (县级) where the hall is one of theirs. A provincial hall names the
 * province alone, a city's hall no county. Codes are the six-digit division codes of GB/T 2260
 * (620000 甘肃省, 622900 临夏回族自治州, 622901 临夏市): names change and are spelt in more
 * than one way, codes are what accounts are scoped by.
 *
 * @param province the province (省级), required when the hall has a region at all
 * @param city     the city or prefecture (地级), or null
 * @param county   the county or district (县级), or null; only below a city
 */
public record Region(Division province, Division city, Division county) {

    /** One division: its code and its Chinese name. */
    public record Division(String code, String name) {
    }

    /** The divisions from the province down, as many as the hall names. */
    public List<Division> divisions() {
        List<Division> all = new ArrayList<>();
        for (Division d : new Division[] {province, city, county}) {
            if (d != null) {
                all.add(d);
            }
        }
        return all;
    }

    /**
     * Whether the division {@code inner} lies in {@code outer} or is it, read from the codes alone: a
     * province's code is its first two digits followed by 0000, a city's its first four followed by 00.
     */
    public static boolean contains(String outer, String inner) {
        if (outer == null || inner == null || outer.length() != 6 || inner.length() != 6) {
            return false;
        }
        if (outer.endsWith("0000")) {
            return inner.startsWith(outer.substring(0, 2));
        }
        if (outer.endsWith("00")) {
            return inner.startsWith(outer.substring(0, 4));
        }
        return outer.equals(inner);
    }

    /** Whether the hall lies in the division of that code, at any level. */
    public boolean within(String code) {
        return divisions().stream().anyMatch(d -> d.code().equals(code));
    }
}
