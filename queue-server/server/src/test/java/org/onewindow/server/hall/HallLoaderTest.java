package org.onewindow.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.time.LocalDate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HallLoaderTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = HallLoaderTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String testHall() throws IOException {
        return resource("halls/test-hall.yml");
    }

    @Test
    void theDemoHallLoadsAndEveryAreaIsServed() throws IOException {
        Hall hall = HallLoader.load("halls/linxia.yml", resource("halls/linxia.yml"));
        assertThat(hall.openingHours().holidays()).contains(LocalDate.of(2026, 10, 1));
        assertThat(hall.openingHours().isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(hall.id()).isEqualTo("linxia");
        assertThat(hall.areas()).extracting(Area::name).contains("投资项目审批", "公安服务", "不动产登记", "税务办理");
        assertThat(hall.tidalWindows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hall.items()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(item -> assertThat(hall.area(item.area())).isPresent());
        assertThat(hall.areas()).allSatisfy(a -> assertThat(hall.windowsServing(a.id())).isNotEmpty());
        assertThat(hall.items()).anySatisfy(item -> assertThat(item.materials()).anyMatch(Material::mayBeMissing));
    }

    @Test
    void theTestHallLoads() throws IOException {
        Hall hall = HallLoader.load("halls/test-hall.yml", testHall());
        assertThat(hall.areaIds()).containsExactly("biz", "estate", "social");
        assertThat(hall.item("QY001").orElseThrow().materials()).hasSize(2);
    }

    @Test
    void aHallNamesItsBrokerAndAnUnknownOneStopsTheStartAtItsLine() throws IOException {
        assertThat(HallLoader.load("halls/test-hall.yml", testHall()).broker()).as("none: the default broker").isNull();
        String yaml = testHall() + "broker: linxia-hall\n";
        assertThat(HallLoader.load("halls/t.yml", yaml, Set.of("linxia-hall", "lanzhou")).broker()).isEqualTo("linxia-hall");
        int line = (int) testHall().lines().count() + 1;
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml, Set.of("lanzhou")))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageStartingWith("halls/t.yml:" + line + ":")
                .hasMessageContaining("broker: no broker 'linxia-hall' is configured in onewindow.mqtt.brokers (there are lanzhou)");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .hasMessageContaining("(none are)");
    }

    @Test
    void aMisspeltKeyIsNamedWithItsLine() throws IOException {
        String yaml = testHall().replace("default-service-minutes: 15", "default-servce-minutes: 15");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageStartingWith("halls/t.yml:26:")
                .hasMessageContaining("areas[1]")
                .hasMessageContaining("default-servce-minutes");
    }

    @Test
    void aWrongTypeIsNamedWithItsPath() throws IOException {
        String yaml = testHall().replace("evaluate-every-seconds: 15", "evaluate-every-seconds: often");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .hasMessageStartingWith("halls/t.yml:16:")
                .hasMessageContaining("tidal.evaluate-every-seconds");
    }

    @Test
    void brokenYamlSaysWhere() throws IOException {
        String yaml = testHall().replace("areas:\n", "areas: [\n");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .isInstanceOf(HallConfigurationException.class).hasMessageStartingWith("halls/t.yml:");
    }

    @Test
    void remoteTicketsAreOptInPerAreaWithTheHallsLapseTime() throws IOException {
        Hall demo = HallLoader.load("halls/linxia.yml", resource("halls/linxia.yml"));
        assertThat(demo.areas()).filteredOn(Area::offersRemoteTickets).extracting(Area::id, Area::remoteTickets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("market", 40), org.assertj.core.groups.Tuple.tuple("social", 30));
        assertThat(demo.remoteTicketsLapseAt()).hasToString("16:00");
        assertThat(demo.remoteKeepPlaceMinutes()).isEqualTo(60);
        assertThat(demo.remoteTicketsPerAddress()).isEqualTo(5);
        Hall plain = HallLoader.load("halls/test-hall.yml", testHall());
        assertThat(plain.remoteKeepPlaceMinutes()).as("the default").isEqualTo(Hall.DEFAULT_KEEP_PLACE_MINUTES);

        String yaml = testHall().replace("remote-tickets: 3}", "remote-tickets: -1}")
                .replace("id: testhall\n", "id: testhall\nremote-tickets-lapse-at: \"18:00\"\nremote-keep-place-minutes: 900\n"
                        + "remote-tickets-per-address: 0\n");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageContaining("areas[1].remote-tickets: must not be negative")
                .hasMessageContaining("remote-keep-place-minutes: must be 0 to 600")
                .hasMessageContaining("remote-tickets-per-address: must be 1 to 1000");
        String late = testHall().replace("id: testhall\n", "id: testhall\nremote-tickets-lapse-at: \"18:00\"\n");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", late))
                .hasMessageContaining("remote-tickets-lapse-at: must be after open (08:30) and not after close (17:30)");
    }

    @Test
    void semanticProblemsNameTheLineAndField() throws IOException {
        String yaml = testHall()
                .replace("prefix: B", "prefix: AB")
                .replace("{no: \"9\", kind: COMPREHENSIVE, areas: [social]}", "{no: \"9\", kind: COMPREHENSIVE, areas: [sociel]}")
                .replace("close: \"17:30\"", "close: \"07:30\"");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .isInstanceOf(HallConfigurationException.class)
                .hasMessageContaining("halls/t.yml:26:")
                .hasMessageContaining("areas[1].prefix: must be one capital letter A-Z, was \"AB\"")
                .hasMessageContaining("windows[8].areas[0]: no area 'sociel'")
                .hasMessageContaining("areas[2].id: no window serves area 'social'")
                .hasMessageContaining("opening-hours.close: must be after open");
    }

    @Test
    void duplicatesAndUnsafeIdsAreRefused() throws IOException {
        String yaml = testHall().replace("{no: \"2\",", "{no: \"1\",").replace("id: testhall", "id: test/hall");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .hasMessageContaining("windows[1].no: window 1 is listed twice")
                .hasMessageContaining("id: must be 1-64 of");
    }

    @Test
    void anUnknownTimeZoneIsNamed() throws IOException {
        String yaml = testHall().replace("time-zone: Asia/Shanghai", "time-zone: Mars/Olympus");
        assertThatThrownBy(() -> HallLoader.load("halls/t.yml", yaml))
                .hasMessageStartingWith("halls/t.yml:6:").hasMessageContaining("time-zone");
    }
}
