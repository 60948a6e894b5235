package org.onewindow.kiosk.device.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

/**
 * A printer twin: the same ESC/POS bytes a real printer would get, drawn by
 * {@link EscPosRenderer} into a PNG per ticket. Its paper state is set by hand (the simulator
 * panel), to show what the kiosk does when paper runs out.
 */
public final class SimulatedPrinter implements TicketPrinter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final PaperWidth paper;
    private final TicketLayout layout;
    private volatile PaperStatus status = PaperStatus.OK;
    private volatile Path lastTicket;

    public SimulatedPrinter(Path directory, PaperWidth paper) {
        this.directory = directory;
        this.paper = paper;
        this.layout = new TicketLayout(paper);
    }

    @Override
    public String name() {
        return "simulated printer (" + directory + ")";
    }

    public void setStatus(PaperStatus status) {
        this.status = status;
    }

    @Override
    public PaperStatus status() {
        return status;
    }

    @Override
    public void print(PrintedTicket ticket) throws PrinterException {
        write(layout.render(ticket), STAMP.format(ticket.issuedAt()) + "-" + ticket.number());
    }

    @Override
    public void print(PrintedSlip slip) throws PrinterException {
        write(layout.render(slip), STAMP.format(slip.printedAt()) + "-" + slip.tag());
    }

    private void write(byte[] stream, String name) throws PrinterException {
        PaperStatus now = status;
        if (!now.canPrint()) {
            throw new PrinterException(now, name() + ": " + now.words());
        }
        Path file = directory.resolve(name + ".png");
        try {
            Files.createDirectories(directory);
            ImageIO.write(EscPosRenderer.read(stream).render(paper.dots()), "png", file.toFile());
        } catch (IOException e) {
            throw new PrinterException(PaperStatus.NO_ANSWER, "simulated printer cannot write " + file + ": " + e.getMessage());
        }
        lastTicket = file;
    }

    /** The PNG of the last ticket or slip printed, or null. */
    public Path lastTicket() {
        return lastTicket;
    }

    @Override
    public void close() {
    }
}
