package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.testsupport.TestCertificates;

/**
 * Devices reach a broker's TLS listener trusting the hall's own CA, and only it: a real Mosquitto
 * with a certificate for 127.0.0.1 signed by a CA made for the test. A device that does not trust
 * that CA, or that is shown a certificate of the CA for another host, is refused.
 */
class MqttGatewayTlsTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private TestCertificates certificates;
    private TestCertificates.Authority hallCa;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void makeTheHallsCa() {
        assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        certificates = new TestCertificates(dir);
        hallCa = certificates.authority("hall");
    }

    @AfterEach
    void closeAll() throws Exception {
        // Devices before their brokers.
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private MosquittoProcess broker(String subjectAltNames) {
        MosquittoProcess broker = new MosquittoProcess(List.of(),
                certificates.server(hallCa, "broker-" + opened.size(), subjectAltNames));
        opened.add(broker);
        return broker;
    }

    private MqttGateway gateway(MqttOptions options) {
        MqttGateway gateway = MqttGateways.connect(options);
        opened.add(gateway);
        return gateway;
    }

    private static MqttOptions options(MosquittoProcess broker, String clientId) {
        return MqttOptions.of(broker.tlsUri(), clientId + "-" + UUID.randomUUID());
    }

    @Test
    void aDeviceTrustingTheHallsCaPublishesAndReceivesOverTls() {
        MosquittoProcess broker = broker("IP:127.0.0.1,DNS:localhost");
        MqttGateway device = gateway(options(broker, "board").withTrustStore(TrustStore.of(hallCa.certFile())));

        assertPublishesAndReceives(device);
    }

    @Test
    void aPkcs12OrJksTrustStoreWithItsPasswordServesAsThePemFileDoes() {
        MosquittoProcess broker = broker("IP:127.0.0.1,DNS:localhost");
        for (String type : List.of("PKCS12", "JKS")) {
            Path store = dir.resolve("trust." + type.toLowerCase(java.util.Locale.ROOT));
            keytool("-importcert", "-noprompt", "-alias", "hall-ca", "-file", hallCa.certFile().toString(),
                    "-keystore", store.toString(), "-storetype", type, "-storepass", "trust-" + type);
            MqttGateway device = gateway(options(broker, "kiosk-" + type)
                    .withTrustStore(new TrustStore(store, "trust-" + type)));

            assertPublishesAndReceives(device);
        }
    }

    @Test
    void aDeviceTrustingOnlyTheJavaCasOrAnotherCaIsRefused() throws IOException {
        MosquittoProcess broker = broker("IP:127.0.0.1,DNS:localhost");
        TestCertificates.Authority otherCa = certificates.authority("other");
        long before = attempts(broker);

        MqttGateway javaCas = gateway(options(broker, "kiosk-java-cas"));
        MqttGateway otherCaDevice = gateway(options(broker, "kiosk-other-ca").withTrustStore(TrustStore.of(otherCa.certFile())));

        // Each tried at least twice, and the broker let neither in.
        await().atMost(WITHIN).until(() -> attempts(broker) >= before + 4);
        assertThat(javaCas.isConnected()).isFalse();
        assertThat(otherCaDevice.isConnected()).isFalse();
        assertThat(Files.readString(broker.log())).doesNotContain("New client connected");
    }

    @Test
    void aCertificateOfTheHallsCaForAnotherHostIsRefused() throws IOException {
        MosquittoProcess broker = broker("DNS:broker.elsewhere.example");
        long before = attempts(broker);

        MqttGateway device = gateway(options(broker, "window-5").withTrustStore(TrustStore.of(hallCa.certFile())));

        await().atMost(WITHIN).until(() -> attempts(broker) >= before + 2);
        assertThat(device.isConnected()).isFalse();
        assertThat(Files.readString(broker.log())).doesNotContain("New client connected");
    }

    @Test
    void aTrustStoreThatCannotBeReadIsSaidAtOnce() throws IOException {
        Path notCertificates = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nnonsense\n");

        assertThatThrownBy(() -> MqttGateways.connect(MqttOptions.of("ssl://127.0.0.1:1", "kiosk-1")
                .withTrustStore(TrustStore.of(notCertificates))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notCertificates.toString());
        assertThatThrownBy(() -> MqttGateways.connect(MqttOptions.of("ssl://127.0.0.1:1", "kiosk-1")
                .withTrustStore(TrustStore.of(dir.resolve("missing.p12")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.p12");
    }

    @Test
    void optionsNeverShowTheirPasswords() {
        MqttOptions options = MqttOptions.of("ssl://broker:8883", "kiosk-1").withCredentials("kiosk-1", "s3cret-token")
                .withTrustStore(new TrustStore(Path.of("/etc/onewindow/trust.p12"), "st0re-pass"));

        assertThat(options.toString()).contains("kiosk-1", "trust.p12").doesNotContain("s3cret-token", "st0re-pass");
    }

    private void assertPublishesAndReceives(MqttGateway device) {
        await().atMost(WITHIN).until(device::isConnected);
        List<String> received = new CopyOnWriteArrayList<>();
        String topic = "test/" + UUID.randomUUID();
        device.subscribe(topic, 1, (t, payload, retained) -> received.add(new String(payload, StandardCharsets.UTF_8)))
                .join();
        device.publish(topic, "over TLS".getBytes(StandardCharsets.UTF_8), 1, false).join();
        await().atMost(WITHIN).until(() -> received.contains("over TLS"));
    }

    /** Connections the broker's TLS listener accepted at TCP level, let in or not. */
    private static long attempts(MosquittoProcess broker) throws IOException {
        String port = broker.tlsUri().substring(broker.tlsUri().lastIndexOf(':') + 1);
        try (var lines = Files.lines(broker.log())) {
            return lines.filter(l -> l.contains("New connection from") && l.endsWith("on port " + port + ".")).count();
        }
    }

    private void keytool(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("keytool finished").isTrue();
            assertThat(p.exitValue()).as("keytool's exit status: " + Files.readString(dir.resolve("keytool.log"))).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
