package org.onewindow.kiosk.device.printer;

/** Printable width at 203 dpi; font A is 12 dots wide per ASCII character, 24 per Chinese one. */
public enum PaperWidth {
    MM80(576),
    MM58(384);

    private final int dots;

    PaperWidth(int dots) {
        this.dots = dots;
    }

    public int dots() {
        return dots;
    }

    /** Columns of font A: an ASCII character takes one, a Chinese character two. */
    public int columns() {
        return dots / 12;
    }

    /** 80 or 58, as written in the kiosk's configuration. */
    public static PaperWidth ofMillimetres(int mm) {
        return switch (mm) {
            case 80 -> MM80;
            case 58 -> MM58;
            default -> throw new IllegalArgumentException("paper width must be 80 or 58 mm, was " + mm);
        };
    }
}
