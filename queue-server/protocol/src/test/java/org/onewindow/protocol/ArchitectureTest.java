package org.onewindow.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract's structure, checked on every build: what every device of the hall depends on. */
@AnalyzeClasses(packages = "org.onewindow.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule partsFormNoCycle = slices().matching("org.onewindow.protocol.(*)..")
            .should().beFreeOfCycles()
            .because("each part of the contract can be read and changed from its own package and the ones it names");

    @ArchTest
    static final ArchRule pahoStaysBehindTheGateway = noClasses()
            .that().resideOutsideOfPackage("org.onewindow.protocol.mqtt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..")
            .because("if Paho is ever replaced, only the gateway package changes");

    @ArchTest
    static final ArchRule noFrameworkOfAnyDevice = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "redis.clients..", "javafx..",
                    "com.fazecast..", "io.moquette..", "io.netty..")
            .because("kiosks, boards and the server all depend on the contract, and it on none of their frameworks");

    @ArchTest
    static final ArchRule recordsKnowNothingOfTransport = noClasses()
            .that().resideInAnyPackage("..protocol.message..", "..protocol.rest..", "..protocol.topic..")
            .should().dependOnClassesThat().resideInAnyPackage("..protocol.mqtt..", "..protocol.rpc..", "..protocol.client..",
                    "java.net.http..")
            .because("a payload is the same whichever way it travels");

    @ArchTest
    static final ArchRule jacksonStaysInTheCodec = noClasses()
            .that().resideOutsideOfPackage("..protocol.json..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind..", "tools.jackson.core..")
            .because("JsonCodec is the one way payloads are read and written, with one set of rules (README, Compatibility)");
}
