package id.infoloker.vacancy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.infoloker.kit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void vacancyServiceDependsOnNoOtherService() {
        ServiceArchitecture.doesNotDependOnOtherServices("id.infoloker.vacancy")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.infoloker.vacancy"));
    }
}
