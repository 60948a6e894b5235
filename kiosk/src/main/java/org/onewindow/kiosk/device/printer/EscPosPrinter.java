package org.onewindow.kiosk.device.printer;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * An ESC/POS printer on a serial (or USB-CDC) port. Before each ticket it asks DLE EOT 1 (online?)
 * and DLE EOT 4 (paper?), each answered with one byte at once, so a ticket is never sent into a
 * printer that cannot print it.
 */
public final class EscPosPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);

    private final SerialLink link;
    private final TicketLayout layout;
    private final Duration replyTimeout;

    public EscPosPrinter(SerialLink link, PaperWidth paper, Duration replyTimeout) {
        this.link = link;
        this.layout = new TicketLayout(paper);
        this.replyTimeout = replyTimeout;
    }

    @Override
    public String name() {
        return link.name();
    }

    @Override
    public synchronized PaperStatus status() {
        try {
            // A reply that came after an earlier timeout would otherwise be read as this answer.
            link.discardInput();
            int printer = ask(1);
            if (printer < 0) {
                return PaperStatus.NO_ANSWER;
            }
            int paper = ask(4);
            if (paper < 0) {
                return PaperStatus.NO_ANSWER;
            }
            PaperStatus sensor = PaperStatus.ofPaperSensor(paper);
            if (sensor == PaperStatus.OUT) {
                return sensor;
            }
            if (PaperStatus.offline(printer)) {
                int cause = ask(2);
                return cause < 0 ? PaperStatus.OFFLINE : PaperStatus.ofOfflineCause(cause);
            }
            return sensor;
        } catch (IOException e) {
            log.warn("Printer {}: {}", link.name(), e.getMessage());
            return PaperStatus.NO_ANSWER;
        }
    }

    @Override
    public void print(PrintedTicket ticket) throws PrinterException {
        send(layout.render(ticket));
    }

    @Override
    public void print(PrintedSlip slip) throws PrinterException {
        send(layout.render(slip));
    }

    private synchronized void send(byte[] stream) throws PrinterException {
        PaperStatus status = status();
        if (!status.canPrint()) {
            throw new PrinterException(status, "printer " + link.name() + ": " + status.words());
        }
        try {
            link.write(stream);
        } catch (IOException e) {
            throw new PrinterException(PaperStatus.NO_ANSWER, "printer " + link.name() + ": " + e.getMessage());
        }
    }

    /** DLE EOT n; the reply byte, or -1 when none came in time. */
    private int ask(int n) throws IOException {
        link.write(new byte[] {0x10, 0x04, (byte) n});
        byte[] reply = new byte[1];
        return link.read(reply, 0, 1, replyTimeout) == 1 ? reply[0] & 0xFF : -1;
    }

    @Override
    public void close() {
        link.close();
    }
}
