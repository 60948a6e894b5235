package org.onewindow.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The structure the code promises, checked on every build. */
@AnalyzeClasses(packages = "org.onewindow",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test support shared through other modules' test jars (the test broker) is not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule rulesArePureCode = noClasses()
            .that().resideInAnyPackage("..server.ordering..", "..server.estimate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "redis.clients..")
            .because("the ordering policy and wait estimates are pure rules, unit-tested without Redis or Spring");

    @ArchTest
    static final ArchRule onlyMessagingStartsTheBroker = noClasses()
            .that().resideOutsideOfPackage("..server.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("io.moquette..")
            .because("the embedded broker is a detail of the messaging feature");

    @ArchTest
    static final ArchRule pahoStaysBehindTheGateway = noClasses()
            .that().resideOutsideOfPackage("org.onewindow.protocol.mqtt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..")
            .because("if Paho is ever replaced, only the gateway package changes");

    @ArchTest
    static final ArchRule protocolHasNoSpring = noClasses()
            .that().resideInAPackage("org.onewindow.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "redis.clients..")
            .because("kiosks and boards use the protocol without Spring or Redis");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheWebLayer = noClasses()
            .that().resideInAnyPackage("..server.ticket..", "..server.calling..", "..server.queue..",
                    "..server.state..", "..server.ordering..", "..server.estimate..")
            .should().dependOnClassesThat().resideInAnyPackage("..server.security..", "..server.api..")
            .because("the queue rules work the same whoever calls them");
}
