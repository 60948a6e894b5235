package org.onewindow.server.hall;

import java.util.function.BiConsumer;

/**
 * The checks on a hall's region: six-digit codes at their level (a province ends in 0000, a city
 * in 00 but not 0000, a county not in 00), each below the one above it (a city's code starts
 * with its province's two digits, a county's with its city's four), and a name for each.
 */
final class RegionValidator {

    private RegionValidator() {
    }

    static void check(Region region, BiConsumer<String, String> problem) {
        if (region == null) {
            return;
        }
        Region.Division province = region.province();
        Region.Division city = region.city();
        Region.Division county = region.county();
        if (province == null) {
            problem.accept("region.province", "is required when the hall names a region");
        } else if (division("region.province", province, problem) && !province.code().endsWith("0000")) {
            problem.accept("region.province.code", "a province's code ends in 0000, e.g. 620000, was \"" + province.code() + "\"");
        }
        if (city != null && division("region.city", city, problem)) {
            if (city.code().endsWith("0000") || !city.code().endsWith("00")) {
                problem.accept("region.city.code", "a city's code ends in 00 but not 0000, e.g. 622900, was \"" + city.code() + "\"");
            } else if (province != null && codeOk(province) && !city.code().startsWith(province.code().substring(0, 2))) {
                problem.accept("region.city.code", city.code() + " is not in province " + province.code());
            }
        }
        if (county != null && division("region.county", county, problem)) {
            if (city == null) {
                problem.accept("region.county", "a county sits in a city: name region.city too");
            } else if (county.code().endsWith("00")) {
                problem.accept("region.county.code", "a county's code does not end in 00, e.g. 622901, was \"" + county.code() + "\"");
            } else if (codeOk(city) && !county.code().startsWith(city.code().substring(0, 4))) {
                problem.accept("region.county.code", county.code() + " is not in city " + city.code());
            }
        }
    }

    private static boolean division(String at, Region.Division d, BiConsumer<String, String> problem) {
        boolean ok = true;
        if (d.name() == null || d.name().isBlank()) {
            problem.accept(at + ".name", "is required");
            ok = false;
        }
        if (!codeOk(d)) {
            problem.accept(at + ".code", "must be the six-digit division code (行政区划代码), was \"" + d.code() + "\"");
            ok = false;
        }
        return ok;
    }

    private static boolean codeOk(Region.Division d) {
        return d.code() != null && d.code().matches("[1-9][0-9]{5}");
    }
}
