package org.onewindow.server.audit;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for managers (security's configuration lets no one else in), newest first. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditReading reading;

    AuditController(AuditReading reading) {
        this.reading = reading;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam(name = "from", required = false) String from,
                          @RequestParam(name = "to", required = false) String to,
                          @RequestParam(name = "actor", required = false) String actor,
                          @RequestParam(name = "action", required = false) String action,
                          @RequestParam(name = "hall", required = false) String hall,
                          @RequestParam(name = "limit", required = false) String limit, Principal who) {
        return reading.find(from, to, actor, action, hall, limit, who);
    }
}
