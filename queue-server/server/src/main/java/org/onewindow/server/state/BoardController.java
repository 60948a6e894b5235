package org.onewindow.server.state;

import java.security.Principal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The same state the boards receive over MQTT, for consoles and for checking by hand. The two
 * reads every screen polls are shared among the requests that arrive together ({@link SharedHallReads}).
 */
@RestController
@RequestMapping("/api/halls/{hall}")
class BoardController {

    private final HallStateQuery state;
    private final SharedHallReads shared;
    private final NoticeBoard notices;
    private final AuditTrail audit;

    BoardController(HallStateQuery state, SharedHallReads shared, NoticeBoard notices, AuditTrail audit) {
        this.audit = audit;
        this.state = state;
        this.shared = shared;
        this.notices = notices;
    }

    @GetMapping("/board")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = BoardState.class)))
    ResponseEntity<byte[]> board(@PathVariable("hall") String hall) {
        return json(shared.board(hall));
    }

    @GetMapping("/areas")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = AreaQueue.class))))
    ResponseEntity<byte[]> areas(@PathVariable("hall") String hall) {
        return json(shared.areaQueues(hall));
    }

    @PutMapping("/notice")
    BoardState notice(@PathVariable("hall") String hall, @RequestBody NoticeRequest request, Principal who) {
        notices.set(hall, request == null ? null : request.text(), who.getName());
        audit.record(who.getName(), "notice", hall, "", AuditTrail.caller(), "");
        return state.board(hall);
    }

    /** Already rendered: the bytes go out as they are, with the type the mapper would have given them. */
    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
