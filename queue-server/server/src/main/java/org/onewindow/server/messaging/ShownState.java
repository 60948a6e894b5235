package org.onewindow.server.messaging;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.WindowScreen;

/**
 * A retained state as a device shows it: the state without its sequence number and the time it
 * was read, which change with every event of the hall whether or not this topic did. Two states
 * shown the same are equal.
 */
final class ShownState {

    private ShownState() {
    }

    static AreaQueue of(AreaQueue a) {
        return new AreaQueue(a.hallId(), a.areaId(), a.name(), a.nameEn(), a.prefix(), a.waiting(), a.openWindows(),
                a.estimatedWaitSeconds(), a.oldestWaitSeconds(), 0, null, a.noWindowOpen());
    }

    static WindowScreen of(WindowScreen s) {
        return new WindowScreen(s.hallId(), s.windowNo(), s.kind(), s.tidal(), s.areaIds(), s.areaNames(), s.status(),
                s.servingTicket(), s.servingName(), 0, null, s.label());
    }

    static BoardState of(BoardState b) {
        return new BoardState(b.hallId(), b.hallName(), 0, null, b.recentCalls(),
                b.areas().stream().map(ShownState::of).toList(), b.tidalWindows(), b.notice());
    }
}
