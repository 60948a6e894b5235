package org.onewindow.server.ticket;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Replaces an ID number by a keyed hash (HMAC-SHA256 with a per-deployment secret), so the
 * server can tell that two tickets belong to one person, and link a person to later cases,
 * without ever storing the number. Without the secret the hash cannot be reversed by trying
 * every possible number. During a key rotation the previous key is still accepted on signatures,
 * never used to make new ones (ADR 0021).
 */
@Component
public class PersonKeys {

    /** How many hex digits of a person key the audit trail keeps (32 bits). */
    public static final int SHORT_FORM = 8;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder TOKEN_TEXT = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Optional<SecretKeySpec> previousKey;

    /** The server's keys, from where {@link IdentitySecrets} says; with the profile {@code production}, strictly. */
    @Autowired
    public PersonKeys(IdentitySettings settings, @Value("${onewindow.data-dir}") String dataDir, Environment environment) {
        this(IdentitySecrets.resolve(settings, Path.of(dataDir), environment.matchesProfiles("production")));
    }

    /** Keys as the demo gets them: from the settings, else a random key made once in {@code dataDir}. */
    public PersonKeys(IdentitySettings settings, String dataDir) {
        this(IdentitySecrets.resolve(settings, Path.of(dataDir), false));
    }

    private PersonKeys(IdentitySecrets secrets) {
        this.key = keyOf(secrets.current());
        this.previousKey = secrets.previous().map(PersonKeys::keyOf);
    }

    /**
     * The first {@value #SHORT_FORM} hex digits of a person key, for the audit trail: enough to tell
     * the look-ups of one person from another's, too few to stand for the person anywhere else.
     */
    public static String shortForm(String personKey) {
        return personKey.length() <= SHORT_FORM ? personKey : personKey.substring(0, SHORT_FORM);
    }

    /** The person key of a normalised document number. */
    public String of(String documentNumber) {
        return HexFormat.of().formatHex(mac(key, documentNumber));
    }

    /**
     * A signature over {@code message} for one purpose (e.g. appointment codes). The purpose is
     * part of what is signed, so a signature made for one use is worthless for another, and no
     * signature equals a person key.
     */
    public byte[] sign(String purpose, String message) {
        return mac(key, "sign:" + purpose + ":" + message);
    }

    /**
     * The signatures {@code message} may carry: the current key's, then during a rotation the
     * previous key's, so what was signed before (a printed appointment slip) stays good.
     */
    public List<byte[]> acceptedSignatures(String purpose, String message) {
        List<byte[]> accepted = new ArrayList<>(2);
        accepted.add(sign(purpose, message));
        previousKey.ifPresent(previous -> accepted.add(mac(previous, "sign:" + purpose + ":" + message)));
        return accepted;
    }

    /**
     * A token that cannot be forged: {@code body.<signature>}, 128 bits of this purpose's signature
     * over the body in URL-safe base64: short enough for a QR code, far beyond guessing.
     */
    public String seal(String purpose, String body) {
        return body + "." + TOKEN.encodeToString(tokenSignature(purpose, body));
    }

    /** The body of a token sealed for {@code purpose}; empty for anything forged or malformed. */
    public Optional<String> unseal(String purpose, String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] given = TOKEN_TEXT.decode(token.substring(dot + 1));
            return acceptedSignatures(purpose, body).stream()
                    .anyMatch(signature -> MessageDigest.isEqual(Arrays.copyOf(signature, 16), given))
                    ? Optional.of(body) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A token part: any text as URL-safe base64, so it holds no dot. */
    public static String tokenPart(String text) {
        return TOKEN.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a token part; IllegalArgumentException when it is not one. */
    public static String tokenText(String part) {
        return new String(TOKEN_TEXT.decode(part), StandardCharsets.UTF_8);
    }

    private byte[] tokenSignature(String purpose, String body) {
        return Arrays.copyOf(sign(purpose, body), 16);
    }

    private static SecretKeySpec keyOf(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static byte[] mac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
