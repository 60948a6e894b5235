package org.onewindow.server.cases;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.CaseStatusChanged;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.messaging.HallMessaging;

/** Publishes every case change on the hall's {@code cases/status} topic, naming no person. */
@Component
class MqttCaseListener implements CaseListener {

    private final HallMessaging messaging;

    MqttCaseListener(HallMessaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void changed(CaseView c) {
        CaseStatusChanged event = new CaseStatusChanged(c.hallId(), c.caseNo(), c.itemName(), c.status(), c.promisedDate(),
                c.pickupMethod(), c.history().isEmpty() ? c.createdAt() : c.history().get(c.history().size() - 1).at());
        messaging.publishEvent(c.hallId(), HallTopics.forHall(c.hallId()).caseStatus(), JsonCodec.toBytes(event));
    }
}
