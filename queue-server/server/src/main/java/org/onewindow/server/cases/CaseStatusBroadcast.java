package org.onewindow.server.cases;

import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.CaseStatusChanged;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.messaging.HallMessaging;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;

/**
 * Publishes every case change on the hall's {@code cases/status} topic, naming no person: the
 * case as it is when published, so a change told twice tells the same.
 */
@Component
class CaseStatusBroadcast implements HallEffect {

    private final CaseService cases;
    private final HallMessaging messaging;

    CaseStatusBroadcast(CaseService cases, HallMessaging messaging) {
        this.cases = cases;
        this.messaging = messaging;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.DEVICES;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.type() != HallEventType.CASE_CHANGED) {
            return DONE;
        }
        CaseView c = cases.find(event.hallId(), event.get("case"));
        CaseStatusChanged changed = new CaseStatusChanged(c.hallId(), c.caseNo(), c.itemName(), c.status(), c.promisedDate(),
                c.pickupMethod(), c.history().isEmpty() ? c.createdAt() : c.history().get(c.history().size() - 1).at());
        return messaging.publishAcknowledged(c.hallId(), HallTopics.forHall(c.hallId()).caseStatus(), JsonCodec.toBytes(changed), false);
    }
}
