package org.onewindow.server.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Replaces an ID number by a keyed hash (HMAC-SHA256 with a per-deployment secret), so the
 * server can tell that two tickets belong to one person, and link a person to later cases,
 * without ever storing the number. Without the secret the hash cannot be reversed by trying
 * every possible number.
 */
@Component
public class PersonKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder TOKEN_TEXT = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public PersonKeys(IdentitySettings settings, @Value("${onewindow.data-dir}") String dataDir) {
        String secret = settings.secret() == null || settings.secret().isBlank()
                ? storedSecret(Path.of(dataDir, "identity.key"))
                : settings.secret();
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The person key of a normalised document number. */
    public String of(String documentNumber) {
        return HexFormat.of().formatHex(mac(documentNumber));
    }

    /**
     * A signature over {@code message} for one purpose (e.g. appointment codes). The purpose is
     * part of what is signed, so a signature made for one use is worthless for another, and no
     * signature equals a person key.
     */
    public byte[] sign(String purpose, String message) {
        return mac("sign:" + purpose + ":" + message);
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
            return MessageDigest.isEqual(tokenSignature(purpose, body), TOKEN_TEXT.decode(token.substring(dot + 1)))
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

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            trySetOwnerOnly(file);
            log.warn("No onewindow.identity.secret configured: created a random one in {}. "
                    + "Keep it (and back it up); person keys of existing tickets and cases depend on it.", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the identity key " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", file);
        }
    }
}
