package org.onewindow.server.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A password as a line of Mosquitto 2's {@code password_file} holds it:
 * {@code $7$<iterations>$<base64 salt>$<base64 hash>}, PBKDF2-HMAC-SHA512 of the password's UTF-8
 * bytes with a 12-byte random salt, the format {@code mosquitto_passwd} writes. It can only be made
 * while the plaintext exists: when the server makes a device's token, or from the server's own
 * configured password.
 */
public final class MosquittoPasswordHash {

    /**
     * Mosquitto 2.0's {@code mosquitto_passwd} uses 101; the broker takes the count from the line, and
     * more costs it only about a millisecond a connection while making a guessed password dearer.
     */
    static final int ITERATIONS = 1000;
    private static final int SALT_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MosquittoPasswordHash() {
    }

    public static String of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return of(password, salt, ITERATIONS);
    }

    static String of(String password, byte[] salt, int iterations) {
        Base64.Encoder base64 = Base64.getEncoder();
        return "$7$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(pbkdf2HmacSha512(password.getBytes(StandardCharsets.UTF_8), salt, iterations));
    }

    /**
     * RFC 8018 PBKDF2 for one block of SHA-512's 64 bytes, Mosquitto's key length. Written out on
     * {@link Mac} rather than the JDK's key factory, which refuses an empty password and leaves the
     * password's encoding to its provider.
     */
    private static byte[] pbkdf2HmacSha512(byte[] password, byte[] salt, int iterations) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA512");
            // An HMAC key may be empty in RFC 2104; SecretKeySpec may not, so an empty password is one zero byte (the same key).
            hmac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA512"));
            hmac.update(salt);
            byte[] u = hmac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = hmac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is not available", e);
        }
    }
}
