package org.onewindow.server.hall;

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

    HallController(HallDirectory halls) {
        this.halls = halls;
    }

    @GetMapping
    List<HallView> all() {
        return halls.all().stream().map(HallViews::of).toList();
    }

    @GetMapping("/{hall}")
    HallView one(@PathVariable("hall") String hallId) {
        return HallViews.of(halls.get(hallId));
    }
}
