package id.infoloker.account;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.infoloker.kit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.infoloker.account");

    @Test
    void doesNotDependOnOtherServices() {
        ServiceArchitecture.doesNotDependOnOtherServices("id.infoloker.account").check(CLASSES);
    }
}
