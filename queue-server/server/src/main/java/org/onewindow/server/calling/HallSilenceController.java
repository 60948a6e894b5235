package org.onewindow.server.calling;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.SilenceSetting;

import org.onewindow.server.audit.AuditTrail;

/** The hall's 无声叫号 switch; managers only (see the security configuration). */
@RestController
@RequestMapping("/api/halls/{hall}/silence")
class HallSilenceController {

    private final HallSilence silence;
    private final AuditTrail audit;

    HallSilenceController(HallSilence silence, AuditTrail audit) {
        this.audit = audit;
        this.silence = silence;
    }

    @GetMapping
    SilenceSetting get(@PathVariable("hall") String hall) {
        return silence.get(hall);
    }

    @PutMapping
    SilenceSetting set(@PathVariable("hall") String hall, @RequestBody SilenceSetting setting, Principal who) {
        SilenceSetting now = silence.set(hall, who.getName(), setting);
        audit.record(who.getName(), "hall-silence", hall, "", AuditTrail.caller(), "silent=" + now.silent());
        return now;
    }
}
