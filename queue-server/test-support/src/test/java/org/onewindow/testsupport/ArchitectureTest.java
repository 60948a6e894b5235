package org.onewindow.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the tests of every module drive the server with stays a client of its public API. */
@AnalyzeClasses(packages = "org.onewindow.testsupport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule drivesTheServerFromOutside = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.onewindow.server..", "org.onewindow.kiosk..",
                    "org.onewindow.display..")
            .because("a test that drives the server through this module sees only what a real client sees: the REST "
                    + "API and the protocol's records, never the server's insides");

    @ArchTest
    static final ArchRule noFrameworkOfAnyPart = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "redis.clients..", "javafx..",
                    "com.fazecast..", "io.moquette..", "io.netty..", "org.eclipse.paho..")
            .because("the kiosk's and the display's tests use it too, and must not pull in the server's frameworks");

    @ArchTest
    static final ArchRule bodiesGoThroughTheProtocolsCodec = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
            .because("requests and answers are read and written by the protocol's JsonCodec, as devices do, so a "
                    + "test sees the same JSON rules as production clients");
}
