package org.onewindow.kiosk.device.printer;

/** The ticket was not printed; {@link #status()} says why. */
public class PrinterException extends Exception {

    private static final long serialVersionUID = 1L;
    private final PaperStatus status;

    public PrinterException(PaperStatus status, String message) {
        super(message);
        this.status = status;
    }

    public PaperStatus status() {
        return status;
    }
}
