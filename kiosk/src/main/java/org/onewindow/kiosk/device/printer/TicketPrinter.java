package org.onewindow.kiosk.device.printer;

/** A ticket printer. */
public interface TicketPrinter extends AutoCloseable {

    /** Which printer, for staff messages: the port, or where the simulated one keeps its tickets. */
    String name();

    /** Asks the printer now. */
    PaperStatus status();

    /** Prints, after checking the paper; refuses without printing anything when it cannot. */
    void print(PrintedTicket ticket) throws PrinterException;

    /** Prints a slip (an appointment, a checklist), with the same checks as a ticket. */
    void print(PrintedSlip slip) throws PrinterException;

    @Override
    void close();
}
