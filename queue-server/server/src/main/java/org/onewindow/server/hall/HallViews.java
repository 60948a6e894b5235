package org.onewindow.server.hall;

import org.onewindow.protocol.rest.HallView;

/** A hall's configuration as devices and consoles see it. */
public final class HallViews {

    private HallViews() {
    }

    public static HallView of(Hall h) {
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
                h.priority().greenChannelAge(), h.priority().greenChannelStaffConfirmation(),
                h.openingHours().holidays().stream().sorted().map(Object::toString).toList(),
                h.openingHours().extraWorkingDays().stream().sorted().map(Object::toString).toList());
    }
}
