package id.infoloker.devstack;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code java -jar} command of one service: profile {@code devstack}, its port, and where PostgreSQL, Kafka, the
 * JWKS and the other services are. Command-line arguments outrank every {@code application*.yml}, so the devstack's
 * ports win even when a service's defaults change.
 */
final class ServiceCommandLine {

    private ServiceCommandLine() {
    }

    static List<String> of(PlatformService service, DevstackOptions options, JwtSigningKey jwtKey,
                           PrivacySecrets privacy) {
        Ports ports = options.ports();
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(options.jvmOptions());
        command.add(ChildProcess.WORK_DIR_MARKER + options.workDir());
        command.add("-jar");
        command.add(service.jar(options.repositoryRoot()).toString());

        command.add("--spring.profiles.active=devstack");
        command.add("--server.port=" + service.port(ports));
        command.add("--infoloker.security.jwks-uri=" + url(ports.account()) + "/.well-known/jwks.json");
        service.database().ifPresent(database -> {
            command.add("--spring.datasource.url=jdbc:postgresql://localhost:" + ports.postgres() + "/" + database);
            command.add("--spring.datasource.username=" + PostgresServer.USER);
            command.add("--spring.datasource.password=" + PostgresServer.PASSWORD);
            command.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka());
            // All services share this host: actuator stays on each one's own port instead of the kit's 9090.
            command.add("--management.server.port=" + service.port(ports));
            command.add("--infoloker.privacy.service-secret=" + privacy.serviceSecret());
        });
        switch (service) {
            case ACCOUNT -> {
                command.add("--infoloker.jwt.private-key-location=file:" + jwtKey.privateKey());
                command.add("--infoloker.jwt.key-id=" + jwtKey.keyId());
                command.add("--infoloker.privacy.master-key=" + privacy.masterKey());
                // The AK/1 card's QR code opens the portal's public check, through the gateway.
                command.add("--infoloker.portal.base-url=" + url(ports.gateway()));
                StaffCredentials staff = options.staff();
                command.add("--infoloker.staff.admin.email=" + staff.adminEmail());
                command.add("--infoloker.staff.admin.password=" + staff.adminPassword());
                command.add("--infoloker.staff.verifier.email=" + staff.verifierEmail());
                command.add("--infoloker.staff.verifier.password=" + staff.verifierPassword());
                command.add("--infoloker.demo.employers.password=" + DemoEmployerCredentials.defaults().password());
                // The export bundle fetches the other services' parts.
                addServiceUrls(command, ports);
            }
            case GATEWAY -> {
                command.add("--management.server.port=" + ports.gatewayManagement());
                addServiceUrls(command, ports);
                command.add("--infoloker.services.web=" + url(ports.web()));
            }
            case NOTIFICATION -> {
                // The devstack's own SMTP server (MailServer): mail is delivered and can be read, never sent out.
                command.add("--spring.mail.host=127.0.0.1");
                command.add("--spring.mail.port=" + ports.smtp());
            }
            case WEB -> {
                addServiceUrls(command, ports);
                // Canonical links, the sitemap and JSON-LD name the address people use: the gateway's, not web's own.
                command.add("--infoloker.portal.base-url=" + url(ports.gateway()));
            }
            case VERIFICATION -> command.add("--infoloker.services.vacancy=" + url(ports.vacancy()));
            default -> {
                // Nothing beyond the common settings.
            }
        }
        return command;
    }

    /** Where the four API services are; the gateway routes to them, web calls them, account-service exports. */
    private static void addServiceUrls(List<String> command, Ports ports) {
        command.add("--infoloker.services.account=" + url(ports.account()));
        command.add("--infoloker.services.vacancy=" + url(ports.vacancy()));
        command.add("--infoloker.services.verification=" + url(ports.verification()));
        command.add("--infoloker.services.notification=" + url(ports.notification()));
    }

    static String url(int port) {
        return "http://localhost:" + port;
    }
}
