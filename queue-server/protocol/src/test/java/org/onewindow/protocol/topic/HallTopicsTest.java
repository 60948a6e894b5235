package org.onewindow.protocol.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HallTopicsTest {

    private final HallTopics topics = HallTopics.forHall("linxia");

    @Test
    void everyTopicLivesUnderTheVersionedRoot() {
        assertThat(topics.board()).isEqualTo("hall/v1/linxia/board");
        assertThat(topics.windowScreen("5")).isEqualTo("hall/v1/linxia/windows/5/screen");
        assertThat(topics.areaQueue("biz")).isEqualTo("hall/v1/linxia/areas/biz/queue");
        assertThat(topics.calls()).isEqualTo("hall/v1/linxia/calls");
        assertThat(topics.devicePresence("kiosk-1")).isEqualTo("hall/v1/linxia/devices/kiosk-1/presence");
        assertThat(topics.allWindowScreens()).isEqualTo("hall/v1/linxia/windows/+/screen");
    }

    @Test
    void idsCannotInjectLevelsOrWildcards() {
        assertThatThrownBy(() -> topics.windowScreen("5/#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> topics.devicePresence("+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HallTopics.forHall("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HallTopics.forHall(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRequestTopicNamesTheDeviceThatAsks() {
        HallTopics topics = HallTopics.forHall("linxia");

        assertThat(topics.deviceRequest("terminal-1", "cases.mine")).isEqualTo("hall/v1/linxia/devices/terminal-1/requests/cases.mine");
        assertThat(topics.requestOf("hall/v1/linxia/devices/terminal-1/requests/cases.mine"))
                .contains(new HallTopics.DeviceRequestTopic("terminal-1", "cases.mine"));
        assertThat(topics.requestOf("hall/v1/other/devices/terminal-1/requests/cases.mine")).isEmpty();
        assertThat(topics.requestOf("hall/v1/linxia/devices/terminal-1/replies")).isEmpty();
        assertThat(topics.requestOf("hall/v1/linxia/devices/terminal-1/requests/a/b")).isEmpty();
    }
}
