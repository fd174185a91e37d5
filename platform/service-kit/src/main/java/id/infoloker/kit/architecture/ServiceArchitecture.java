package id.infoloker.kit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** Architecture rules each service checks in its own tests (ArchUnit is optional here, test-scoped in services). */
public final class ServiceArchitecture {

    public static final List<String> SERVICE_PACKAGES = List.of(
            "id.infoloker.account", "id.infoloker.verification", "id.infoloker.notification",
            "id.infoloker.vacancy", "id.infoloker.gateway");

    /** A service reaches others only through events and HTTP, never through their classes. */
    public static ArchRule doesNotDependOnOtherServices(String ownPackage) {
        String[] others = SERVICE_PACKAGES.stream()
                .filter(other -> !other.equals(ownPackage))
                .map(other -> other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only platform modules; they talk through events and HTTP");
    }

    private ServiceArchitecture() {
    }
}
