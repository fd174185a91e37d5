package id.infoloker.notification;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.infoloker.kit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.infoloker.notification");

    @Test
    void notificationServiceDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("id.infoloker.notification").check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.infoloker.notification.(*)..").should().beFreeOfCycles().check(classes);
    }
}
