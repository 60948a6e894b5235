package org.onewindow.kiosk.queue;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.kiosk.device.printer.PrinterException;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.protocol.rest.TicketView;

/**
 * Prints a ticket on a worker thread and tells the UI thread how it went. Staff hear of a printer
 * that fails, with the number of the ticket that is on screen instead.
 */
final class TicketPrinting {

    private static final Logger log = LoggerFactory.getLogger(TicketPrinting.class);

    private final TicketPrinter printer;
    private final HealthSink health;
    private final Executor ui;
    private final Executor background;

    TicketPrinting(TicketPrinter printer, HealthSink health, Executor ui, Executor background) {
        this.printer = printer;
        this.health = health;
        this.ui = ui;
        this.background = background;
    }

    /** {@code done} gets, on the UI thread, the printer's problem in plain words: empty when printed. */
    void print(TicketView ticket, PrintedTicket printout, Consumer<String> done) {
        background.execute(() -> {
            String problem = "";
            try {
                printer.print(printout);
                PaperStatus after = printer.status();
                health.report("printer", after.healthState(), after.words());
            } catch (PrinterException e) {
                problem = e.status().words();
                health.report("printer", "FAULT", e.status().words() + "：号票 " + ticket.number() + " 已显示在屏幕上");
            } catch (RuntimeException e) {
                log.error("Printer failed", e);
                problem = "打印机故障";
                health.report("printer", "FAULT", problem);
            }
            String result = problem;
            ui.execute(() -> done.accept(result));
        });
    }
}
