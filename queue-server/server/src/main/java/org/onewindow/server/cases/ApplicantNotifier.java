package org.onewindow.server.cases;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;

/**
 * Tells the applicant that their case moved on: when it is opened and at every change of its
 * status. This one writes the message to the log (masked name, case number, never an ID number);
 * an SMS or 政务服务 app gateway replaces it in a real hall, and must then keep what it sent, since
 * a change may be told again after a server died.
 */
@Component
class ApplicantNotifier implements HallEffect {

    private static final Logger log = LoggerFactory.getLogger("notifications");

    private final CaseService cases;

    ApplicantNotifier(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.RECORDS;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.type() != HallEventType.CASE_CHANGED || event.get("status").equals(event.get("from"))) {
            return DONE;
        }
        CaseView c = cases.find(event.hallId(), event.get("case"));
        log.info("To {} about case {} ({}): {}", c.maskedName().isEmpty() ? "applicant" : c.maskedName(), c.caseNo(),
                c.itemName(), CaseMessages.of(c));
        return DONE;
    }
}
