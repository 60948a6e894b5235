package org.onewindow.server.pipeline;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.server.audit.AuditTrail;

/**
 * The work after a change that kept failing, on the manager's health view beside the devices:
 * what it was, how often it was tried and why it failed, and a way to try it again once the cause
 * is mended (a hall file corrected, a broker account fixed).
 */
@RestController
@RequestMapping("/api/halls/{hall}/devices/effects/parked")
class ParkedEffectsController {

    private final ParkedEffects parked;
    private final AuditTrail audit;

    ParkedEffectsController(ParkedEffects parked, AuditTrail audit) {
        this.audit = audit;
        this.parked = parked;
    }

    @GetMapping
    List<ParkedEffect> parked(@PathVariable("hall") String hall) {
        return parked.of(hall);
    }

    /** Runs it again here; when it fails again it stays parked and the failure is the answer. */
    @PostMapping("/{id}/retry")
    List<ParkedEffect> retry(@PathVariable("hall") String hall, @PathVariable("id") String id, Principal who) {
        parked.retry(hall, id);
        audit.record(who.getName(), "retry-parked-effect", hall, "effect " + id, AuditTrail.caller(), "");
        return parked.of(hall);
    }

}
