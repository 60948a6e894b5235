package org.onewindow.protocol.identity;

/**
 * Masks a name for public display: the first character stays, every other letter becomes
 * {@code *} (张三 → 张*, 欧阳娜娜 → 欧***, JOHN SMITH → J*** *****).
 */
public final class NameMask {

    private NameMask() {
    }

    /** The masked name of {@link #clean(String) the cleaned name}; empty for a null or blank name. */
    public static String mask(String name) {
        String cleaned = clean(name);
        if (cleaned.isEmpty()) {
            return "";
        }
        int[] codePoints = cleaned.codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        if (codePoints.length == 1) {
            return masked.append('*').toString();
        }
        for (int i = 1; i < codePoints.length; i++) {
            masked.append(Character.isWhitespace(codePoints[i]) || codePoints[i] == '·' ? (char) codePoints[i] : '*');
        }
        return masked.toString();
    }

    /**
     * The name without what no name is made of and what would change how a board lays it out:
     * control characters (newline, ESC), format characters (bidi overrides such as U+202E,
     * zero-width spaces and joiners) and line or paragraph separators; stripped of outer
     * spaces. A card or a request may carry them by accident or on purpose; a board must show
     * neither a name written backwards nor one that breaks its line.
     */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(NameMask::belongsInAName).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean belongsInAName(int codePoint) {
        return switch (Character.getType(codePoint)) {
            // Unassigned and private-use code points stay: rare characters of names (生僻字) are
            // newer than some Unicode tables, or carried in the private-use area by card systems.
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> false;
            default -> true;
        };
    }
}
