package id.infoloker.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six deployables, each run from its Boot jar {@code <module>/target/<module>.jar}. */
public enum PlatformService {

    ACCOUNT("account-service", "account_service"),
    VERIFICATION("verification-service", "verification_service"),
    NOTIFICATION("notification-service", "notification_service"),
    VACANCY("vacancy-service", "vacancy_service"),
    WEB("web", null),
    GATEWAY("gateway", null);

    private final String moduleName;
    private final String database;

    PlatformService(String moduleName, String database) {
        this.moduleName = moduleName;
        this.database = database;
    }

    public String moduleName() {
        return moduleName;
    }

    /** The service's own PostgreSQL database; the gateway and web have none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public int port(Ports ports) {
        return switch (this) {
            case ACCOUNT -> ports.account();
            case VERIFICATION -> ports.verification();
            case NOTIFICATION -> ports.notification();
            case VACANCY -> ports.vacancy();
            case WEB -> ports.web();
            case GATEWAY -> ports.gateway();
        };
    }

    /** Where actuator answers: the gateway keeps it on a separate management port, the others on their own port. */
    public int managementPort(Ports ports) {
        return this == GATEWAY ? ports.gatewayManagement() : port(ports);
    }

    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(moduleName).resolve("target").resolve(moduleName + ".jar");
    }

    /** The command that builds the missing jar, run from the repository root. */
    public String buildCommand() {
        return "mvn -B -DskipTests -pl " + moduleName + " -am package";
    }

    /** Accepts the module name ({@code account-service}), its short form ({@code account}) or the constant name. */
    public static PlatformService byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (PlatformService service : values()) {
            String constant = service.name().toLowerCase(Locale.ROOT);
            if (service.moduleName.equals(wanted) || constant.equals(wanted)
                    || (constant + "-service").equals(wanted)) {
                return service;
            }
        }
        throw new IllegalArgumentException("Unknown service '" + name + "'; known: " + Arrays.stream(values())
                .map(PlatformService::moduleName).collect(Collectors.joining(", ")));
    }
}
