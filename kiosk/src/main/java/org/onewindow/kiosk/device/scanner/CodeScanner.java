package org.onewindow.kiosk.device.scanner;

/** A barcode/QR scanner: delivers codes to one listener until closed. */
public interface CodeScanner extends AutoCloseable {

    /** Starts delivering codes. */
    void start(ScanListener listener);

    /** Plain words for staff when the scanner is not working, empty when it is. */
    String fault();

    @Override
    void close();
}
