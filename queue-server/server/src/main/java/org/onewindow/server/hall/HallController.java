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
        return halls.all().stream().map(HallController::view).toList();
    }

    @GetMapping("/{hall}")
    HallView one(@PathVariable("hall") String hallId) {
        return view(halls.get(hallId));
    }

    static HallView view(Hall h) {
        return new HallView(h.id(), h.name(), h.nameEn(), h.timeZone().getId(), h.openingHours().open().toString(),
                h.openingHours().close().toString(),
                h.openingHours().days().stream().sorted().map(Enum::name).toList(),
                h.areas().stream().map(a -> new HallView.Area(a.id(), a.name(), a.nameEn(), a.prefix(),
                        a.leadDepartment(), a.departments())).toList(),
                h.windows().stream().map(w -> new HallView.Window(w.no(), w.kind().name(), w.label(), w.areas())).toList(),
                h.items().stream().map(i -> new HallView.Item(i.code(), i.name(), i.department(), i.area(),
                        i.kind().name(), i.promisedDays(), i.applicant() == null ? "" : i.applicant().name(), i.fee(),
                        i.visits(), i.materials().stream().map(m -> new HallView.Material(m.name(), m.original(),
                                m.copies(), m.mayBeMissing())).toList())).toList(),
                h.priority().greenChannelAge(), h.priority().greenChannelStaffConfirmation());
    }
}
