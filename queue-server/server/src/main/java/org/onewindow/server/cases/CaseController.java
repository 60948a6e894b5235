package org.onewindow.server.cases;

import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.hall.HallDirectory;

/** Cases for staff: follow them, move them on, print a missing-materials notice; supervision for managers. */
@RestController
@RequestMapping("/api/halls/{hall}/cases")
class CaseController {

    private final CaseService cases;
    private final HallDirectory halls;
    private final AuditTrail audit;

    CaseController(CaseService cases, HallDirectory halls, AuditTrail audit) {
        this.audit = audit;
        this.cases = cases;
        this.halls = halls;
    }

    @GetMapping
    List<CaseView> all(@PathVariable("hall") String hall) {
        return cases.all(hall);
    }

    @GetMapping("/supervision")
    List<CaseService.Supervision> supervision(@PathVariable("hall") String hall) {
        return cases.supervision(hall);
    }

    @GetMapping("/{no}")
    CaseView one(@PathVariable("hall") String hall, @PathVariable("no") String no) {
        return cases.find(hall, no);
    }

    @PostMapping("/{no}/status")
    CaseView move(@PathVariable("hall") String hall, @PathVariable("no") String no,
                  @RequestBody CaseStatusRequest request, Principal who) {
        CaseView moved = cases.move(hall, no, request, who.getName());
        audit.record(who.getName(), "case-status", hall, "case " + no, AuditTrail.caller(), "status=" + moved.status());
        return moved;
    }

    @PostMapping("/{no}/materials-received")
    CaseView owedReceived(@PathVariable("hall") String hall, @PathVariable("no") String no, Principal who) {
        CaseView c = cases.owedReceived(hall, no, who.getName());
        audit.record(who.getName(), "case-materials-received", hall, "case " + no, AuditTrail.caller(), "");
        return c;
    }

    /** The 一次性告知书 or 容缺受理 note as a page to print and hand over. */
    @GetMapping(path = "/{no}/notice", produces = MediaType.TEXT_HTML_VALUE)
    String notice(@PathVariable("hall") String hall, @PathVariable("no") String no) {
        return CaseNotice.html(halls.get(hall), cases.find(hall, no));
    }
}
