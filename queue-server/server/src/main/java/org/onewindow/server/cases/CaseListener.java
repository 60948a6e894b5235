package org.onewindow.server.cases;

import org.onewindow.protocol.rest.CaseView;

/** Told of every case opened or moved on (MQTT, notifications); called once per change. */
public interface CaseListener {

    void changed(CaseView c);
}
