package org.onewindow.server.notice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;

import org.onewindow.server.audit.AuditTrail;

/** Near-turn notices, asked for by whoever holds the ticket's tracking code: a phone, or a kiosk for its citizen. */
@RestController
@RequestMapping("/api/halls/{hall}/track/{code}/notices")
class NoticeController {

    private final NoticeService notices;
    private final AuditTrail audit;

    NoticeController(NoticeService notices, AuditTrail audit) {
        this.audit = audit;
        this.notices = notices;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NearTurnNoticeView subscribe(@PathVariable("hall") String hall, @PathVariable("code") String code,
                         @RequestBody NearTurnNoticeRequest request) {
        NearTurnNoticeView view = notices.subscribe(hall, code, request);
        // Not even the masked mobile: the trail holds no personal data (docs/records.md).
        audit.record("citizen", "notice-subscribe", hall, "", AuditTrail.caller(), "family=" + view.family());
        return view;
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        notices.cancel(hall, code);
        audit.record("citizen", "notice-cancel", hall, "", AuditTrail.caller(), "");
    }
}
