package org.onewindow.kiosk.device.scanner;

/** A scanner twin for laptops and demos: {@link #scan} delivers a code as if it had been read. */
public final class SimulatedCodeScanner implements CodeScanner {

    private volatile ScanListener listener;

    @Override
    public void start(ScanListener listener) {
        this.listener = listener;
    }

    /** Delivers {@code code} as a scan; ignored before {@link #start}. */
    public void scan(String code) {
        ScanListener l = listener;
        if (l != null) {
            l.scanned(code);
        }
    }

    @Override
    public String fault() {
        return "";
    }

    @Override
    public void close() {
        listener = null;
    }
}
