package org.onewindow.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a ticket's QR code points: the configured public address wins, else the server's own. */
class TrackingLinksTest {

    @Test
    void theConfiguredPublicAddressIsThePhonePagesBase() {
        TrackingLinks links = new TrackingLinks(" https://zwfw.linxia.gov.cn/ ", 8080);

        assertThat(links.pageUrl("linxia", "7KQ2M9XH4P")).isEqualTo("https://zwfw.linxia.gov.cn/t/linxia/7KQ2M9XH4P");
        // A stream's held base does not override what the hall configured.
        assertThat(links.on("http://10.0.0.9:8080", () -> links.pageUrl("linxia", "7KQ2M9XH4P")))
                .startsWith("https://zwfw.linxia.gov.cn/");
    }

    @Test
    void withoutOneOutsideARequestTheStreamsHeldBaseElseThisMachine() {
        TrackingLinks links = new TrackingLinks("", 8080);

        assertThat(links.pageUrl("linxia", "7KQ2M9XH4P")).isEqualTo("http://127.0.0.1:8080/t/linxia/7KQ2M9XH4P");
        assertThat(links.on("http://192.168.10.5:8080", () -> links.pageUrl("linxia", "7KQ2M9XH4P")))
                .isEqualTo("http://192.168.10.5:8080/t/linxia/7KQ2M9XH4P");
        assertThat(links.pageUrl("linxia", "7KQ2M9XH4P")).startsWith("http://127.0.0.1:8080/");
    }

    @Test
    void onlyTenCharactersOfTheCodeAlphabetAreATrackingCode() {
        assertThat(TrackingLinks.wellFormed("7KQ2M9XH4P")).isTrue();
        for (String bad : new String[] {null, "", "7KQ2M9XH4", "7KQ2M9XH4PP", "7kq2m9xh4p", "0KQ2M9XH4P", "7KQ2M9XH4/"}) {
            assertThat(TrackingLinks.wellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
    }
}
