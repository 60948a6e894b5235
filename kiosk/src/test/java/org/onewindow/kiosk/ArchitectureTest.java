package org.onewindow.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The structure the kiosk promises, checked on every build. */
@AnalyzeClasses(packages = "org.onewindow.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.onewindow.(**)")
            .should().beFreeOfCycles()
            .because("each feature can be read, tested and changed without the ones that use it");

    @ArchTest
    static final ArchRule onlyTheSerialPackageUsesJSerialComm = noClasses()
            .that().resideOutsideOfPackage("org.onewindow.kiosk.device.serial..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("drivers get a SerialLink in their constructor, so they run on a twin or a pty as on a port");

    @ArchTest
    static final ArchRule pahoStaysInTheProtocolModule = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..")
            .because("the kiosk reaches the broker through the protocol module's MqttGateway only");

    @ArchTest
    static final ArchRule flowsHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.onewindow.kiosk.queue", "org.onewindow.kiosk.terminal",
                    "org.onewindow.kiosk.turn", "org.onewindow.kiosk.hours")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the flows are plain code, tested without a screen; only their .view packages draw");

    @ArchTest
    static final ArchRule devicesKnowNoScreenNorFlow = noClasses()
            .that().resideInAPackage("org.onewindow.kiosk.device..")
            .should().dependOnClassesThat().resideInAnyPackage("org.onewindow.kiosk.ui..",
                    "org.onewindow.kiosk.queue..", "org.onewindow.kiosk.terminal..")
            .because("a driver serves whichever face is shown, and is tested on its own");

    @ArchTest
    static final ArchRule theSharedUiKnowsNeitherFace = noClasses()
            .that().resideInAPackage("org.onewindow.kiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.onewindow.kiosk",
                    "org.onewindow.kiosk.queue..", "org.onewindow.kiosk.terminal..")
            .because("both faces are built from it, so it can serve a third without change");

    @ArchTest
    static final ArchRule theQueueKioskDoesNotNeedTheTerminal = noClasses()
            .that().resideInAPackage("org.onewindow.kiosk.queue..")
            .should().dependOnClassesThat().resideInAPackage("org.onewindow.kiosk.terminal..")
            .because("a kiosk in QUEUE mode never builds the terminal");

    @ArchTest
    static final ArchRule theTerminalDoesNotNeedTheQueueKiosk = noClasses()
            .that().resideInAPackage("org.onewindow.kiosk.terminal..")
            .should().dependOnClassesThat().resideInAPackage("org.onewindow.kiosk.queue..")
            .because("a kiosk in TERMINAL mode never builds the queue kiosk");

    @ArchTest
    static final ArchRule productionCodeNeverUsesTestSupport = noClasses()
            .that().resideInAPackage("org.onewindow.kiosk..").and().resideOutsideOfPackage("..testsupport..")
            .should().dependOnClassesThat().resideInAPackage("..testsupport..")
            .because("test drivers and test servers are never shipped (test scope): code that needs one is a test");
}
