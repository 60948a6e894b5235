package org.onewindow.display.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;

/** The state a board renders, in plain JUnit. */
class DisplayStateTest {

    private final Instant now = Instant.parse("2026-11-25T02:00:00Z");

    private RecentCall call(String id, String ticket, String window, int secondsAgo, boolean recall) {
        return new RecentCall(id, ticket, window, "market", "市场监管", now.minusSeconds(secondsAgo), recall);
    }

    private DisplayState boardWith(List<RecentCall> calls) {
        return new DisplayState(new BoardState("linxia", "临夏州政府政务服务中心", 7, now, calls, List.of(), List.of(), ""),
                Map.of(), true, true, now);
    }

    @Test
    void aRecallListsItsTicketOnceAtTheTopAsARecall() {
        // As a server of an earlier release sends it: the recall on top, the first call still below.
        DisplayState state = boardWith(List.of(
                call("c3", "B012", "5", 1, true),
                call("c2", "H031", "28", 40, false),
                call("c1", "B012", "5", 70, false)));
        assertThat(state.board().recentCalls())
                .extracting(RecentCall::callId, RecentCall::ticketNumber, RecentCall::recall)
                .containsExactly(tuple("c3", "B012", true), tuple("c2", "H031", false));
    }

    @Test
    void aTicketCalledAgainAtAnotherWindowIsListedThereOnly() {
        DisplayState state = boardWith(List.of(call("c2", "B012", "9", 1, false), call("c1", "B012", "5", 300, false)));
        assertThat(state.board().recentCalls()).extracting(RecentCall::windowNo).containsExactly("9");
    }

    @Test
    void aListWithoutRepeatsIsKeptAsItIs() {
        List<RecentCall> calls = List.of(call("c2", "B012", "5", 1, false), call("c1", "H031", "28", 40, true));
        assertThat(boardWith(calls).board().recentCalls()).isEqualTo(calls);
        assertThat(DisplayState.empty().board()).isNull();
    }
}
