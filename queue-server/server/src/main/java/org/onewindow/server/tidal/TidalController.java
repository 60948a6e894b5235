package org.onewindow.server.tidal;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.protocol.rest.AutoModeRequest;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.InvalidFieldException;

/** Tidal windows for hall managers. */
@RestController
@RequestMapping("/api/halls/{hall}/tidal")
class TidalController {

    private final TidalService tidal;
    private final TidalMonitor monitor;
    private final AuditTrail audit;

    TidalController(TidalService tidal, TidalMonitor monitor, AuditTrail audit) {
        this.audit = audit;
        this.tidal = tidal;
        this.monitor = monitor;
    }

    /** The server's current advice to open or close tidal windows, with reasons. */
    @GetMapping("/suggestions")
    TidalSuggestions suggestions(@PathVariable("hall") String hall) {
        return monitor.suggestions(hall);
    }

    @GetMapping("/windows")
    List<WindowView> windows(@PathVariable("hall") String hall) {
        return tidal.windows(hall);
    }

    @PostMapping("/windows/{no}/open")
    WindowView open(@PathVariable("hall") String hall, @PathVariable("no") String no,
                    @RequestBody TidalOpenRequest request, Principal who) {
        WindowView window = tidal.open(hall, no, request == null ? null : request.areaIds(), who.getName(),
                request == null ? "" : request.reason(), false);
        audit.record(who.getName(), "tidal-open", hall, "window " + no, AuditTrail.caller(), "areas=" + window.areaIds());
        return window;
    }

    @PostMapping("/windows/{no}/close")
    WindowView close(@PathVariable("hall") String hall, @PathVariable("no") String no,
                     @RequestBody(required = false) TidalOpenRequest request, Principal who) {
        WindowView window = tidal.close(hall, no, who.getName(), request == null ? "" : request.reason(), false);
        audit.record(who.getName(), "tidal-close", hall, "window " + no, AuditTrail.caller(), "");
        return window;
    }

    /** Switches auto mode; the new advice (with its mode) is published at once. */
    @PutMapping("/auto-mode")
    TidalSuggestions autoMode(@PathVariable("hall") String hall, @RequestBody AutoModeRequest request, Principal who) {
        if (request == null || request.enabled() == null) {
            throw new InvalidFieldException("enabled", "give true or false");
        }
        tidal.setAutoMode(hall, request.enabled(), who.getName());
        audit.record(who.getName(), "tidal-auto-mode", hall, "", AuditTrail.caller(), "enabled=" + request.enabled());
        return monitor.evaluate(hall);
    }

    @GetMapping("/audit")
    List<TidalAuditRecord> audit(@PathVariable("hall") String hall, @RequestParam(name = "limit", defaultValue = "100") int limit) {
        return tidal.audit(hall, limit);
    }
}
