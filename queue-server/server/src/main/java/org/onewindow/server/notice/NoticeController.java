package org.onewindow.server.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/** Near-turn notices, asked for by whoever holds the ticket's tracking code: a phone, or a kiosk for its citizen. */
@RestController
@RequestMapping("/api/halls/{hall}/track/{code}/notices")
class NoticeController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NearTurnNoticeView subscribe(@PathVariable("hall") String hall, @PathVariable("code") String code,
                         @RequestBody NearTurnNoticeRequest request) {
        NearTurnNoticeView view = notices.subscribe(hall, code, request);
        audit.info("citizen notice-subscribe hall={} mobile={} family={}", hall, view.mobile(), view.family());
        return view;
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        notices.cancel(hall, code);
        audit.info("citizen notice-cancel hall={}", hall);
    }
}
