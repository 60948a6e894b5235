package org.onewindow.protocol.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS sockets that trust exactly the certificates of a {@link TrustStore}. Hostname verification
 * is not done here but by Paho on every handshake, and is left on (see {@link PahoMqttGateway}).
 */
final class TlsSockets {

    private static final Logger log = LoggerFactory.getLogger(TlsSockets.class);

    private TlsSockets() {
    }

    /** The sockets for the broker of {@code options}; null where Paho's default ones do. */
    static SSLSocketFactory forBroker(MqttOptions options) {
        if (options.trustStore() == null) {
            return null;
        }
        if (!options.serverUri().startsWith("ssl://")) {
            log.warn("MQTT {}: trusted certificates are given but {} is not an ssl:// broker: the connection is not encrypted",
                    options.clientId(), options.serverUri());
            return null;
        }
        return trusting(options.trustStore());
    }

    /**
     * @throws IllegalArgumentException the file cannot be read or holds no certificate: a
     *                                  configuration mistake, said at start rather than as
     *                                  refused connections for ever after
     */
    static SSLSocketFactory trusting(TrustStore trust) {
        try {
            KeyStore store = load(trust);
            if (store.size() == 0) {
                throw new IllegalArgumentException(trust.file() + " holds no certificate");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trusted certificates in " + trust.file() + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(TrustStore trust) throws IOException, GeneralSecurityException {
        if (isPem(trust)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            Collection<? extends Certificate> certificates;
            try (InputStream in = Files.newInputStream(trust.file())) {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            return store;
        }
        // JKS or PKCS12, told apart by their content.
        return KeyStore.getInstance(trust.file().toFile(), trust.password().toCharArray());
    }

    private static boolean isPem(TrustStore trust) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(trust.file())) {
            head = in.readNBytes(4096);
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("-----BEGIN");
    }
}
