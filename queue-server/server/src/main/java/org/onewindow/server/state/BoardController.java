package org.onewindow.server.state;

import java.security.Principal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.NoticeRequest;

/** The same state the boards receive over MQTT, for consoles and for checking by hand. */
@RestController
@RequestMapping("/api/halls/{hall}")
class BoardController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final HallStateQuery state;
    private final NoticeBoard notices;

    BoardController(HallStateQuery state, NoticeBoard notices) {
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
        audit.info("{} notice hall={}", who.getName(), hall);
        return state.board(hall);
    }
}
