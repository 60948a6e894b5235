package org.onewindow.protocol.mqtt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * The certificates a device trusts for its broker's TLS listener ({@code ssl://}): the hall's CA
 * certificate as a PEM file, or a JKS or PKCS12 trust store with its password. Without one the
 * JVM's own trusted CAs are used; either way the broker's certificate must name the host in the
 * broker's URI.
 *
 * @param file     a PEM file (one or more {@code -----BEGIN CERTIFICATE-----} blocks) or a JKS or
 *                 PKCS12 trust store
 * @param password the trust store's password; empty for a PEM file
 */
public record TrustStore(Path file, String password) {

    public TrustStore {
        Objects.requireNonNull(file, "file");
        password = password == null ? "" : password;
    }

    /** A PEM file of CA certificates, or a trust store without a password. */
    public static TrustStore of(Path file) {
        return new TrustStore(file, "");
    }

    /**
     * What a device's configuration says (its {@code mqtt.ca-file} and {@code mqtt.ca-file-password}):
     * null when no file is set; a file that cannot be read stops the device at start, named.
     */
    public static TrustStore configured(Properties config) {
        String file = config.getProperty("mqtt.ca-file", "").strip();
        if (file.isEmpty()) {
            return null;
        }
        if (!Files.isReadable(Path.of(file))) {
            throw new IllegalArgumentException("mqtt.ca-file: cannot read " + file);
        }
        return new TrustStore(Path.of(file), config.getProperty("mqtt.ca-file-password", "").strip());
    }

    /** The password is left out: options and configurations end up in logs. */
    @Override
    public String toString() {
        return "TrustStore[file=" + file + (password.isEmpty() ? "" : ", password=***") + "]";
    }
}
