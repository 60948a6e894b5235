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

    /**
     * The on-screen keypad for a mobile number for near-turn texts, over the ticket {@code issued}
     * (where 返回 goes back to). {@code digits} as typed, at most 11; {@code problemKey} empty or what
     * went wrong with the last 确定; {@code offerSkip} after a network failure.
     */
    record LeaveNumber(Issued issued, String digits, boolean family, String problemKey, boolean offerSkip)
            implements Screen {

        /** The number never in clear in a log line or a failure message. */
        @Override
        public String toString() {
            return "LeaveNumber[" + issued.ticket().number() + ", " + digits.length() + " digits, family=" + family
                    + ", problem=" + problemKey + "]";
        }
    }

    /** The number was left: the texts will go to {@code maskedMobile}. */
    record NumberLeft(String maskedMobile, boolean family, int aheadAt, int peopleAhead) implements Screen {
    }

    /** Something the citizen must be told, in plain words; may offer a ticket without ID. */
    record Notice(String messageKey, String detail, boolean offerNoId) implements Screen {
    }

    /** The server cannot be reached: 取号暂停. {@code retrying} while a request waits to be sent again. */
    record Paused(boolean retrying) implements Screen {
    }
}
