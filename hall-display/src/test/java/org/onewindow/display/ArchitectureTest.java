package org.onewindow.display;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The structure the display promises, checked on every build. */
@AnalyzeClasses(packages = "org.onewindow.display", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.onewindow.display";
    private static final Set<String> SCREENS = Set.of("board", "window", "evaluator");

    /** Each feature package is a slice, and the root package that puts them together is one too. */
    private static final SliceAssignment FEATURES = features("the display's features and its root", feature -> true);

    private static final SliceAssignment SCREEN_FEATURES = features("the display's screens", SCREENS::contains);

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(FEATURES)
            .should().beFreeOfCycles()
            .because("features depend one way, towards the feed, the configuration and the shared ui, "
                    + "so each can be read, tested and changed alone");

    @ArchTest
    static final ArchRule screensDoNotDependOnEachOther = slices().assignedFrom(SCREEN_FEATURES)
            .should().notDependOnEachOther()
            .because("a new screen is a new package beside the others; what they share lives in ui");

    @ArchTest
    static final ArchRule pahoStaysInTheProtocol = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..")
            .because("the display reaches the broker through the protocol module's MqttGateway, "
                    + "so replacing Paho changes only that gateway");

    @ArchTest
    static final ArchRule flowsAndViewModelsHaveNoJavaFx = noClasses()
            .that().haveNameMatching(".*(Flow|ViewModel)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("what a screen shows and what a touch does are decided without JavaFX, "
                    + "and tested in plain JUnit; the views only draw them");

    @ArchTest
    static final ArchRule feedAndConfigurationHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage(ROOT + ".feed..", ROOT + ".config..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the hall's state and a display's settings are plain data every screen renders in its own way");

    @ArchTest
    static final ArchRule voiceDoesNotDependOnTheViews = noClasses()
            .that().resideInAPackage(ROOT + ".voice..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".board..", ROOT + ".window..",
                    ROOT + ".evaluator..", ROOT + ".ui..", "javafx..")
            .because("a call is spoken whatever the screens show, and the voice is tested with no screen at all");

    private static SliceAssignment features(String description, java.util.function.Predicate<String> included) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(ROOT)) {
                    return included.test("") ? SliceIdentifier.of("display") : SliceIdentifier.ignore();
                }
                if (!name.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                String feature = name.substring(ROOT.length() + 1).split("\\.")[0];
                return included.test(feature) ? SliceIdentifier.of(feature) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return description;
            }
        };
    }

    @ArchTest
    static final ArchRule productionCodeNeverUsesTestSupport = noClasses()
            .that().resideInAPackage("org.onewindow.display..").and().resideOutsideOfPackage("..testsupport..")
            .should().dependOnClassesThat().resideInAPackage("..testsupport..")
            .because("test drivers and test servers are never shipped (test scope): code that needs one is a test");
}
