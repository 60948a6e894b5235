package org.onewindow.server.ticket;

import java.security.SecureRandom;

/**
 * Unguessable codes that people may read aloud or type: tracking codes, appointment ids. The
 * alphabet leaves out 0/O and 1/I, which are easily confused on paper.
 */
public final class RandomCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    /** A code of {@code length} characters: 5 bits of randomness each. */
    public static String next(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
