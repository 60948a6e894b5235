package org.onewindow.server.hall;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.HallView;

/** The halls' configuration, for kiosks (area tiles, item search, materials) and consoles. */
@RestController
@RequestMapping("/api/halls")
class HallController {

    private final HallDirectory halls;
    private final HallReach reach;

    HallController(HallDirectory halls, HallReach reach) {
        this.halls = halls;
        this.reach = reach;
    }

    /** The halls the caller reaches: a console's hall picker offers a scoped account only its own. */
    @GetMapping
    List<HallView> all(Principal who) {
        return halls.all().stream().filter(h -> reach.reaches(who, h)).map(HallViews::of).toList();
    }

    @GetMapping("/{hall}")
    HallView one(@PathVariable("hall") String hallId) {
        return HallViews.of(halls.get(hallId));
    }
}
