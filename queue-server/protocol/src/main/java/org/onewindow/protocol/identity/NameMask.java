package org.onewindow.protocol.identity;

/**
 * Masks a name for public display: the first character stays, every other letter becomes
 * {@code *} (张三 → 张*, 欧阳娜娜 → 欧***, JOHN SMITH → J*** *****).
 */
public final class NameMask {

    private NameMask() {
    }

    /** The masked name; empty for a null or blank name. */
    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int[] codePoints = trimmed.codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        if (codePoints.length == 1) {
            return masked.append('*').toString();
        }
        for (int i = 1; i < codePoints.length; i++) {
            masked.append(Character.isWhitespace(codePoints[i]) || codePoints[i] == '·' ? (char) codePoints[i] : '*');
        }
        return masked.toString();
    }
}
