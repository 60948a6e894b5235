package org.onewindow.server.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.CaseView;

/**
 * Tells the applicant that their case moved on. This one writes the message to the log (masked
 * name, case number, never an ID number); an SMS or 政务服务 app gateway replaces it in a real hall.
 */
@Component
class ApplicantNotifier implements CaseListener {

    private static final Logger log = LoggerFactory.getLogger("notifications");

    @Override
    public void changed(CaseView c) {
        log.info("To {} about case {} ({}): {}", c.maskedName().isEmpty() ? "applicant" : c.maskedName(), c.caseNo(),
                c.itemName(), CaseMessages.of(c));
    }
}
