package org.onewindow.server.cases;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.live.LiveStreams;

/** Tells open consoles that a case changed, so the supervision list is never stale. */
@Component
class LiveCaseListener implements CaseListener {

    private final LiveStreams live;

    LiveCaseListener(LiveStreams live) {
        this.live = live;
    }

    @Override
    public void changed(CaseView c) {
        live.changed(c.hallId(), "cases");
    }
}
