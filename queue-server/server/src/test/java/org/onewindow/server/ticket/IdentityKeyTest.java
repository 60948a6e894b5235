package org.onewindow.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Where the identity key comes from: never from beside the data in production; the demo needs nothing. */
class IdentityKeyTest {

    private static final String KEY = "k3Y-of-the-deployment-0123456789abcdef";

    @TempDir
    Path dataDir;

    @TempDir
    Path secrets;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdentitySettings.class)
    @Import(PersonKeys.class)
    static class KeysOnly {
    }

    private ApplicationContextRunner server(String... profiles) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
                .withUserConfiguration(KeysOnly.class)
                .withPropertyValues("onewindow.data-dir=" + dataDir)
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles));
    }

    @Test
    void inProductionTheServerDoesNotStartWithoutAKeyAndSaysWhereItMustComeFrom() {
        server("production").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("ONEWINDOW_IDENTITY_SECRET").hasMessageContaining("outside the data directory");
        });
        assertThat(dataDir.resolve("identity.key")).doesNotExist();
    }

    @Test
    void inProductionAKeyFileInTheDataDirectoryIsRefused() throws IOException {
        Path beside = Files.writeString(dataDir.resolve("my.key"), KEY, StandardCharsets.UTF_8);

        server("production").withPropertyValues("onewindow.identity.secret-file=" + beside).run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lies in the data directory"));
    }

    @Test
    void inProductionAKeyFromTheEnvironmentOrAFileElsewhereIsUsed() throws IOException {
        Path file = Files.writeString(secrets.resolve("identity.key"), KEY + "\n", StandardCharsets.UTF_8);
        PersonKeys expected = new PersonKeys(new IdentitySettings(KEY), "unused");

        server("production").withPropertyValues("onewindow.identity.secret-file=" + file).run(context ->
                assertThat(context.getBean(PersonKeys.class).of("110105194912310020")).isEqualTo(expected.of("110105194912310020")));
        server("production").withPropertyValues("onewindow.identity.secret=" + KEY).run(context ->
                assertThat(context.getBean(PersonKeys.class).of("110105194912310020")).isEqualTo(expected.of("110105194912310020")));
        assertThat(dataDir.resolve("identity.key")).doesNotExist();
    }

    @Test
    void inProductionAShortKeyIsRefused() {
        server("production").withPropertyValues("onewindow.identity.secret=guessable").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("shorter than 32"));
    }

    @Test
    void theDemoMakesItsKeyOnceInTheDataDirectory() {
        server().run(first -> server().run(second -> {
            assertThat(first).hasNotFailed();
            assertThat(first.getBean(PersonKeys.class).of("X1")).isEqualTo(second.getBean(PersonKeys.class).of("X1"));
        }));
        assertThat(dataDir.resolve("identity.key")).exists();
    }

    @Test
    void afterARotationWhatTheOldKeySignedIsStillAcceptedUntilThePreviousKeyIsRemoved() {
        PersonKeys before = new PersonKeys(new IdentitySettings("old-key"), "unused");
        PersonKeys during = new PersonKeys(new IdentitySettings("new-key", "", "old-key", ""), "unused");
        PersonKeys after = new PersonKeys(new IdentitySettings("new-key"), "unused");
        String sealed = before.seal("rating", "r1.body");

        assertThat(during.unseal("rating", sealed)).contains("r1.body");
        assertThat(after.unseal("rating", sealed)).isEmpty();
        assertThat(during.seal("rating", "r1.body")).isEqualTo(after.seal("rating", "r1.body"));
        assertThat(during.of("X1")).isEqualTo(after.of("X1")).isNotEqualTo(before.of("X1"));
        assertThat(during.unseal("other-purpose", sealed)).isEmpty();
    }

    @Test
    void aPreviousKeyThatIsNoLongerReadableStopsTheServer() {
        assertThatThrownBy(() -> new PersonKeys(new IdentitySettings("new-key", "", "", secrets.resolve("gone").toString()),
                "unused")).hasMessageContaining("gone");
    }
}
