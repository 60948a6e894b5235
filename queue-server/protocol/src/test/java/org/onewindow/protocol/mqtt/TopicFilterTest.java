package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicFilterTest {

    @Test
    void wildcardsMatchAsMqttSays() {
        assertThat(TopicFilter.matches("hall/v1/h/#", "hall/v1/h/board")).isTrue();
        assertThat(TopicFilter.matches("hall/v1/h/windows/+/screen", "hall/v1/h/windows/5/screen")).isTrue();
        assertThat(TopicFilter.matches("hall/v1/h/windows/+/screen", "hall/v1/h/windows/5/x")).isFalse();
        assertThat(TopicFilter.matches("hall/v1/h/calls", "hall/v1/h/calls/x")).isFalse();
        assertThat(TopicFilter.matches("hall/v1/h/calls", "hall/v1/h")).isFalse();
    }

    @Test
    void aSharedSubscriptionMatchesAsItsFilter() {
        String shared = TopicFilter.shared("servers", "hall/v1/h/requests/+");
        assertThat(shared).isEqualTo("$share/servers/hall/v1/h/requests/+");
        assertThat(TopicFilter.matches(shared, "hall/v1/h/requests/cases.mine")).isTrue();
        assertThat(TopicFilter.matches(shared, "hall/v1/h/calls")).isFalse();
    }
}
