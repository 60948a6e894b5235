package org.onewindow.kiosk.queue;

import java.util.List;

import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.TicketView;

/** What the kiosk shows. Text is named by keys; the screen turns them into the chosen language. */
public sealed interface Screen {

    /**
     * Area tiles. {@code identifiedAs} is the masked name of a card already swiped, or empty;
     * {@code readerWorking} false: the card reader is out of order and is not offered.
     */
    record Home(String identifiedAs, boolean paused, boolean readerWorking) implements Screen {
    }

    /** The area's items, searchable; choosing none is allowed. */
    record ChooseItem(HallView.Area area, List<HallView.Item> items) implements Screen {
    }

    /**
     * Swipe a card, scan a code, or go on without ID; the green channel can be asked for here.
     * With the reader out of order only the code and the ticket without ID are offered.
     */
    record Identify(HallView.Area area, HallView.Item item, String greenReason, boolean readerWorking) implements Screen {
    }

    /** Waiting for the server or the printer. */
    record Working(String messageKey) implements Screen {
    }

    /**
     * The ticket, with what was (or would have been) printed. {@code printed} false shows it on
     * screen with its QR code instead; {@code existing} means the person already held it and
     * offers a reprint.
     */
    record Issued(TicketView ticket, PrintedTicket printout, boolean printed, String printerProblem,
                  boolean existing, boolean appointment) implements Screen {
    }

    /** Something the citizen must be told, in plain words; may offer a ticket without ID. */
    record Notice(String messageKey, String detail, boolean offerNoId) implements Screen {
    }

    /** The server cannot be reached: 取号暂停. {@code retrying} while a request waits to be sent again. */
    record Paused(boolean retrying) implements Screen {
    }
}
