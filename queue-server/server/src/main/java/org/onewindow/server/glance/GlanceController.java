package org.onewindow.server.glance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hall at a glance, for managers (SecurityConfiguration). */
@RestController
@RequestMapping("/api/halls/{hall}")
class GlanceController {

    private final GlanceService glance;

    GlanceController(GlanceService glance) {
        this.glance = glance;
    }

    @GetMapping("/glance")
    HallGlance glance(@PathVariable("hall") String hall) {
        return glance.glance(hall);
    }
}
