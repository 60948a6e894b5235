package org.onewindow.server.calling;

import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.SilenceSetting;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.rest.WindowView;

import org.onewindow.server.audit.AuditTrail;

/**
 * A window's actions. Who may act at which window is enforced before a request gets here: a
 * clerk only at the window they are signed in to.
 */
@RestController
@RequestMapping("/api/halls/{hall}")
class WindowController {

    private final CallingService calling;
    private final ClerkTools tools;
    private final AuditTrail audit;

    WindowController(CallingService calling, ClerkTools tools, AuditTrail audit) {
        this.audit = audit;
        this.calling = calling;
        this.tools = tools;
    }

    @GetMapping("/windows")
    List<WindowView> windows(@PathVariable("hall") String hall) {
        return calling.windows(hall);
    }

    @GetMapping("/windows/{no}")
    WindowView window(@PathVariable("hall") String hall, @PathVariable("no") String no) {
        return calling.window(hall, no);
    }

    @PostMapping("/windows/{no}/sign-in")
    WindowView signIn(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "sign-in", hall, no, calling.signIn(hall, no, who.getName()));
    }

    @PostMapping("/windows/{no}/sign-out")
    WindowView signOut(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "sign-out", hall, no, calling.signOut(hall, no, who.getName()));
    }

    /** 200 with the called ticket, or 204 when nobody waits for this window. */
    @PostMapping("/windows/{no}/call-next")
    ResponseEntity<TicketView> callNext(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return calling.callNext(hall, no, who.getName())
                .map(t -> ResponseEntity.ok(logged(who, "call-next", hall, no, t)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/windows/{no}/recall")
    TicketView recall(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "recall", hall, no, calling.recall(hall, no, who.getName()));
    }

    @PostMapping("/windows/{no}/no-show")
    TicketView noShow(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "no-show", hall, no, calling.noShow(hall, no, who.getName()));
    }

    @PostMapping("/windows/{no}/finish")
    TicketView finish(@PathVariable("hall") String hall, @PathVariable("no") String no,
                      @RequestBody(required = false) FinishRequest outcome, Principal who) {
        return logged(who, "finish", hall, no, calling.finish(hall, no, who.getName(), outcome));
    }

    @PostMapping("/windows/{no}/transfer")
    TicketView transfer(@PathVariable("hall") String hall, @PathVariable("no") String no,
                        @RequestBody TransferRequest request, Principal who) {
        return logged(who, "transfer", hall, no, calling.transfer(hall, no, who.getName(), request));
    }

    @PostMapping("/windows/{no}/pause")
    WindowView pause(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "pause", hall, no, calling.pause(hall, no, who.getName()));
    }

    @PostMapping("/windows/{no}/resume")
    WindowView resume(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "resume", hall, no, calling.resume(hall, no, who.getName()));
    }

    /** 选呼: calls the chosen waiting ticket out of turn; the reason goes in the audit log and the event log. */
    @PostMapping("/windows/{no}/call-chosen")
    TicketView callChosen(@PathVariable("hall") String hall, @PathVariable("no") String no,
                          @RequestBody CallChosenRequest request, Principal who) {
        TicketView called = tools.callChosen(hall, no, who.getName(), request);
        audit.record(who.getName(), "call-chosen", hall, "ticket " + called.number(), AuditTrail.caller(),
                "window=" + no + " reason=" + request.reason().strip());
        return called;
    }

    /** 挂起: the current ticket waits at this window while the citizen fetches a document. */
    @PostMapping("/windows/{no}/park")
    TicketView park(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        return logged(who, "park", hall, no, tools.park(hall, no, who.getName()));
    }

    @PostMapping("/windows/{no}/parked/{ticketId}/resume")
    TicketView resumeParked(@PathVariable("hall") String hall, @PathVariable("no") String no,
                            @PathVariable("ticketId") String ticketId, Principal who) {
        return logged(who, "resume-parked", hall, no, tools.resumeParked(hall, no, ticketId, who.getName()));
    }

    /** 无声叫号 of this window: its calls are shown on the board and not spoken. */
    @PostMapping("/windows/{no}/silence")
    WindowView silence(@PathVariable("hall") String hall, @PathVariable("no") String no,
                       @RequestBody SilenceSetting setting, Principal who) {
        WindowView window = tools.setSilent(hall, no, who.getName(), setting == null ? null : setting.silent());
        audit.record(who.getName(), "silence", hall, "window " + no, AuditTrail.caller(), "silent=" + setting.silent());
        return window;
    }

    @PostMapping("/tickets/{ticketId}/reactivate")
    TicketView reactivate(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId, Principal who) {
        return logged(who, "reactivate", hall, "-", calling.reactivate(hall, ticketId, who.getName()));
    }

    private <T> T logged(Principal who, String action, String hall, String window, T result) {
        String ticket = result instanceof TicketView t && t.number() != null ? t.number() : "";
        audit.record(who.getName(), action, hall, ticket.isEmpty() ? "window " + window : "ticket " + ticket,
                AuditTrail.caller(), "-".equals(window) ? "" : "window=" + window);
        return result;
    }
}
