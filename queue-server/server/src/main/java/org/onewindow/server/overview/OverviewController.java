package org.onewindow.server.overview;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/overview}: the halls of the manager's scope, or of one region in it, with their live figures. */
@RestController
@RequestMapping("/api/overview")
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping
    HallOverview overview(@RequestParam(name = "region", required = false) String region, Principal who) {
        return overview.overview(who, region);
    }
}
