package org.onewindow.kiosk.device.printer;

/** The printer's state as DLE EOT reports it, worst first where several apply. */
public enum PaperStatus {
    OK("正常", true),
    NEAR_END("纸将尽", true),
    OUT("缺纸", false),
    COVER_OPEN("纸仓盖打开", false),
    OFFLINE("打印机离线", false),
    NO_ANSWER("打印机无响应", false);

    private final String words;
    private final boolean canPrint;

    PaperStatus(String words, boolean canPrint) {
        this.words = words;
        this.canPrint = canPrint;
    }

    /** Plain words for staff. */
    public String words() {
        return words;
    }

    public boolean canPrint() {
        return canPrint;
    }

    /** As device health reports it: OK, WARNING (prints, but paper runs low) or FAULT. */
    public String healthState() {
        return this == OK ? "OK" : canPrint ? "WARNING" : "FAULT";
    }

    /** DLE EOT 4 (paper sensor): bits 5-6 paper out, bits 2-3 near end. */
    public static PaperStatus ofPaperSensor(int b) {
        if ((b & 0x60) != 0) {
            return OUT;
        }
        return (b & 0x0C) != 0 ? NEAR_END : OK;
    }

    /** DLE EOT 1 (printer): bit 3 offline. */
    public static boolean offline(int b) {
        return (b & 0x08) != 0;
    }

    /** DLE EOT 2 (off-line cause): bit 2 cover open. */
    public static boolean coverOpen(int b) {
        return (b & 0x04) != 0;
    }

    /**
     * Why an offline printer is offline (DLE EOT 2): bit 2 cover open, bit 5 stopped by paper end.
     * Some printers report the end of a roll only here, with the paper sensor still reading "near end".
     */
    public static PaperStatus ofOfflineCause(int b) {
        if (coverOpen(b)) {
            return COVER_OPEN;
        }
        return (b & 0x20) != 0 ? OUT : OFFLINE;
    }
}
