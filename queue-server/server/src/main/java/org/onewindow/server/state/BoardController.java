package org.onewindow.server.state;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.NoticeRequest;

import org.onewindow.server.audit.AuditTrail;

/** The same state the boards receive over MQTT, for consoles and for checking by hand. */
@RestController
@RequestMapping("/api/halls/{hall}")
class BoardController {

    private final HallStateQuery state;
    private final NoticeBoard notices;
    private final AuditTrail audit;

    BoardController(HallStateQuery state, NoticeBoard notices, AuditTrail audit) {
        this.audit = audit;
        this.state = state;
        this.notices = notices;
    }

    @GetMapping("/board")
    BoardState board(@PathVariable("hall") String hall) {
        return state.board(hall);
    }

    @GetMapping("/areas")
    List<AreaQueue> areas(@PathVariable("hall") String hall) {
        return state.areaQueues(hall);
    }

    @PutMapping("/notice")
    BoardState notice(@PathVariable("hall") String hall, @RequestBody NoticeRequest request, Principal who) {
        notices.set(hall, request == null ? null : request.text(), who.getName());
        audit.record(who.getName(), "notice", hall, "", AuditTrail.caller(), "");
        return state.board(hall);
    }
}
