package org.onewindow.server.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The key that turns ID numbers into person keys and signs codes and tokens, and during a
 * rotation the key it replaced (ADR 0003, 0021). A key is given as text or as a file holding it;
 * the text wins.
 *
 * @param secret              the key (ONEWINDOW_IDENTITY_SECRET)
 * @param secretFile          a file holding the key, outside the data directory (ONEWINDOW_IDENTITY_SECRET_FILE)
 * @param previousSecret      the key before the last rotation, still accepted on signed codes and tokens
 * @param previousSecretFile  a file holding it
 */
@ConfigurationProperties("onewindow.identity")
public record IdentitySettings(String secret, String secretFile, String previousSecret, String previousSecretFile) {

    @ConstructorBinding
    public IdentitySettings {
        secret = blankIfNull(secret);
        secretFile = blankIfNull(secretFile);
        previousSecret = blankIfNull(previousSecret);
        previousSecretFile = blankIfNull(previousSecretFile);
    }

    /** Just a key, no previous one. */
    public IdentitySettings(String secret) {
        this(secret, "", "", "");
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }
}
