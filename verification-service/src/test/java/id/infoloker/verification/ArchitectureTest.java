package id.infoloker.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.infoloker.kit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.infoloker.verification");

    @Test
    void verificationServiceDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("id.infoloker.verification").check(classes);
    }

    /**
     * Business code answers with refusals and domain exceptions ({@code Refusal}), which the kit turns into problems:
     * only the web adapters (controllers and the console's client of account-service) know HTTP.
     */
    @Test
    void policiesAndServicesKnowNoHttp() {
        noClasses().that().resideOutsideOfPackage("..console..")
                .and().areNotAnnotatedWith(RestController.class)
                .and().areNotAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.http..")
                .because("policies and services refuse with domain exceptions; the kit maps them to problems")
                .check(classes);
    }

    /** The case's table has one owner: the cases feature (its store and its entity). */
    @Test
    void onlyTheCasesStoreUsesTheCaseRepository() {
        noClasses().that().resideOutsideOfPackage("..cases..")
                .should().dependOnClassesThat().haveSimpleName("CaseRepository")
                .check(classes);
    }

    @Test
    void controllersRunNoSql() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .orShould().dependOnClassesThat().haveSimpleName("CaseRepository")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.infoloker.verification.(*)..").should().beFreeOfCycles().check(classes);
    }
}
