package org.onewindow.kiosk.terminal;

import org.onewindow.protocol.rest.HallView;

/** Printing an item's materials checklist (一次性告知): anyone may, without a card. */
public final class TerminalChecklist {

    private final HallView hall;
    private final TerminalRequests link;
    private final Turn turn;

    TerminalChecklist(HallView hall, TerminalRequests link, Turn turn) {
        this.hall = hall;
        this.link = link;
        this.turn = turn;
    }

    /** The areas that have items. */
    public void chooseArea() {
        turn.touched();
        turn.show(new TerminalScreen.ChecklistArea(hall.areas().stream()
                .filter(a -> hall.items().stream().anyMatch(i -> i.areaId().equals(a.id()))).toList()));
    }

    public void chooseItem(String areaId) {
        turn.touched();
        hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst().ifPresent(area -> turn.show(
                new TerminalScreen.ChecklistItems(area, hall.items().stream().filter(i -> i.areaId().equals(areaId)).toList())));
    }

    /** The item's materials as the server has them now, printed; shown when the printer cannot. */
    public void print(String itemCode) {
        turn.touched();
        turn.await("working.printing", link.checklist(itemCode), item -> turn.print(Slips.checklist(hall, item, turn.now()),
                problem -> new TerminalScreen.ChecklistPrinted(item, problem.isEmpty(), problem)));
    }
}
