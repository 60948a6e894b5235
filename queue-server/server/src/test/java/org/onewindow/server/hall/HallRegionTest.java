package org.onewindow.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A hall's province, city and county: read, checked level by level, one name per code across halls. */
class HallRegionTest {

    private static String testHall() throws IOException {
        try (InputStream in = HallRegionTest.class.getClassLoader().getResourceAsStream("halls/test-hall.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withRegion(String id, String region) throws IOException {
        return testHall().replace("id: testhall", "id: " + id + "\nregion:\n" + region);
    }

    private static final String LINXIA_CITY = """
              province: {code: "620000", name: 甘肃省}
              city: {code: "622900", name: 临夏回族自治州}
              county: {code: "622901", name: 临夏市}
            """;

    @Test
    void theDemoHallStandsInLinxiaPrefectureOfGansu() throws IOException {
        try (InputStream in = HallRegionTest.class.getClassLoader().getResourceAsStream("halls/linxia.yml")) {
            Hall hall = HallLoader.load("halls/linxia.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(hall.region().province()).isEqualTo(new Region.Division("620000", "甘肃省"));
            assertThat(hall.region().city()).isEqualTo(new Region.Division("622900", "临夏回族自治州"));
            assertThat(hall.inRegion("620000")).isTrue();
            assertThat(hall.inRegion("622901")).isFalse();
        }
    }

    @Test
    void aCountyHallLiesInItsCountyCityAndProvinceAndAHallWithoutARegionInNone() throws IOException {
        Hall county = HallLoader.load("halls/c.yml", withRegion("lxcity", LINXIA_CITY));
        assertThat(county.region().divisions()).extracting(Region.Division::code).containsExactly("620000", "622900", "622901");
        assertThat(List.of("620000", "622900", "622901")).allMatch(county::inRegion);
        assertThat(county.inRegion("620100")).isFalse();
        Hall plain = HallLoader.load("halls/test-hall.yml", testHall());
        assertThat(plain.region()).isNull();
        assertThat(plain.inRegion("620000")).isFalse();
    }

    @Test
    void codesAreCheckedAtTheirLevelAndBelowTheLevelAbove() throws IOException {
        String yaml = withRegion("bad", """
                  province: {code: "620100", name: 甘肃省}
                  city: {code: "630100", name: 西宁市}
                  county: {code: "622901", name: 临夏市}
                """);
        assertThatThrownBy(() -> HallLoader.load("halls/b.yml", yaml))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageContaining("region.province.code: a province's code ends in 0000")
                .hasMessageContaining("region.county.code: 622901 is not in city 630100");
        String wrongProvince = withRegion("bad", """
                  province: {code: "620000", name: 甘肃省}
                  city: {code: "630100", name: 西宁市}
                """);
        assertThatThrownBy(() -> HallLoader.load("halls/b.yml", wrongProvince))
                .hasMessageContaining("region.city.code: 630100 is not in province 620000");
    }

    @Test
    void aCountyNeedsItsCityAndEveryDivisionANameAndSixDigits() throws IOException {
        String yaml = withRegion("bad", """
                  province: {code: "62000", name: 甘肃省}
                  county: {code: "622901", name: ""}
                """);
        assertThatThrownBy(() -> HallLoader.load("halls/b.yml", yaml))
                .hasMessageContaining("region.province.code: must be the six-digit division code")
                .hasMessageContaining("region.county.name: is required")
                .hasMessageStartingWith("2 problems");
        String noCity = withRegion("bad", """
                  province: {code: "620000", name: 甘肃省}
                  county: {code: "622901", name: 临夏市}
                """);
        assertThatThrownBy(() -> HallLoader.load("halls/b.yml", noCity))
                .hasMessageContaining("region.county: a county sits in a city");
    }

    @Test
    void aMisspeltRegionKeyStopsTheLoad() throws IOException {
        String yaml = withRegion("bad", """
                  province: {code: "620000", name: 甘肃省}
                  cty: {code: "622900", name: 临夏回族自治州}
                """);
        assertThatThrownBy(() -> HallLoader.load("halls/b.yml", yaml)).hasMessageContaining("cty");
    }

    @Test
    void oneCodeHasOneNameAcrossTheHalls() throws IOException {
        Hall a = HallLoader.load("halls/a.yml", withRegion("a", LINXIA_CITY));
        Hall b = HallLoader.load("halls/b.yml", withRegion("b", LINXIA_CITY.replace("临夏回族自治州", "临夏州")));
        assertThatThrownBy(() -> new HallDirectory(List.of(a, b)))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageContaining("division 622900 is named 临夏回族自治州 in one hall file and 临夏州 in hall b's");
        HallDirectory fine = new HallDirectory(List.of(a, HallLoader.load("halls/t.yml", testHall())));
        assertThat(fine.division("622901")).contains(new Region.Division("622901", "临夏市"));
        assertThat(fine.division("620100")).isEmpty();
    }

    @Test
    void aProvinceContainsItsCitiesAndACityItsCounties() {
        assertThat(Region.contains("620000", "622901")).isTrue();
        assertThat(Region.contains("622900", "622901")).isTrue();
        assertThat(Region.contains("622900", "622900")).isTrue();
        assertThat(Region.contains("622900", "620100")).isFalse();
        assertThat(Region.contains("622901", "622900")).isFalse();
        assertThat(Region.contains("630000", "622901")).isFalse();
    }
}
