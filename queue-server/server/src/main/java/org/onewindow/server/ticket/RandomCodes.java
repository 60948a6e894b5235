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

    /**
     * A code of {@code length} characters: 5 bits of randomness each, the low 5 bits of one random
     * byte (256 is a multiple of the alphabet's 32, so every character is as likely). The bytes
     * are drawn at once: the system's generator is shared by every request thread and locked for
     * each draw, and a ticket issued by 64 kiosks at once waited on it once per character.
     */
    public static String next(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET[bytes[i] & (ALPHABET.length - 1)];
        }
        return new String(code);
    }
}
