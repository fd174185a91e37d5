package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCommandLineTest {

    private static final PrivacySecrets SECRETS = PrivacySecrets.generate();

    private final DevstackOptions options = DevstackOptions.defaults(Path.of("/repo"));
    private final JwtSigningKey key = new JwtSigningKey(Path.of("/repo/.devstack/private.pem"),
            Path.of("/repo/.devstack/public.pem"), "devstack-1800000000");

    @Test
    void accountServiceGetsItsDatabaseKafkaTheSigningKeyAndTheStaff() {
        List<String> command = ServiceCommandLine.of(PlatformService.ACCOUNT, options, key, SECRETS);

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).containsSubsequence(DevstackOptions.DEFAULT_JVM_OPTIONS);
        assertThat(command).containsSubsequence("-jar", "/repo/account-service/target/account-service.jar");
        assertThat(command).contains(
                "-Ddevstack.workdir=/repo/.devstack",
                "--spring.profiles.active=devstack",
                "--server.port=8081",
                "--management.server.port=8081",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/account_service",
                "--spring.datasource.username=infoloker",
                "--spring.datasource.password=infoloker",
                "--spring.kafka.bootstrap-servers=127.0.0.1:19092",
                "--infoloker.security.jwks-uri=http://localhost:8081/.well-known/jwks.json",
                "--infoloker.jwt.private-key-location=file:/repo/.devstack/private.pem",
                "--infoloker.jwt.key-id=devstack-1800000000",
                "--infoloker.staff.admin.email=admin@infoloker.local",
                "--infoloker.staff.admin.password=Devstack-Admin-2026",
                "--infoloker.staff.verifier.email=verifier@infoloker.local",
                "--infoloker.staff.verifier.password=Devstack-Verifier-2026",
                "--infoloker.demo.employers.password=Devstack-Employer-2026",
                "--infoloker.privacy.master-key=" + SECRETS.masterKey(),
                "--infoloker.privacy.service-secret=" + SECRETS.serviceSecret(),
                "--infoloker.services.notification=http://localhost:8084");
    }

    @Test
    void otherServicesDoNotGetTheSigningKeyOrStaffPasswords() {
        List<String> command = ServiceCommandLine.of(PlatformService.VERIFICATION, options.withPortOffset(100), key, SECRETS);

        assertThat(command).contains("--server.port=8183",
                "--spring.datasource.url=jdbc:postgresql://localhost:15532/verification_service",
                "--spring.kafka.bootstrap-servers=127.0.0.1:19192",
                "--infoloker.security.jwks-uri=http://localhost:8181/.well-known/jwks.json",
                // The console's moderation pages call vacancy-service.
                "--infoloker.services.vacancy=http://localhost:8182");
        assertThat(command).noneMatch(argument -> argument.startsWith("--infoloker.jwt.")
                || argument.startsWith("--infoloker.staff.") || argument.startsWith("--infoloker.demo."));
    }

    @Test
    void notificationServiceSendsItsMailToTheDevstacksSmtpServer() {
        List<String> command = ServiceCommandLine.of(PlatformService.NOTIFICATION, options.withPortOffset(100), key,
                SECRETS);

        assertThat(command).contains("--spring.mail.host=127.0.0.1", "--spring.mail.port=11125");
        assertThat(ServiceCommandLine.of(PlatformService.VERIFICATION, options, key, SECRETS))
                .noneMatch(argument -> argument.startsWith("--spring.mail."));
    }

    @Test
    void gatewayKnowsWhereEveryServiceIsAndHasNoDatabase() {
        List<String> command = ServiceCommandLine.of(PlatformService.GATEWAY, options, key, SECRETS);

        assertThat(command).contains("--server.port=8080",
                "--management.server.port=9080",
                "--infoloker.services.account=http://localhost:8081",
                "--infoloker.services.vacancy=http://localhost:8082",
                "--infoloker.services.verification=http://localhost:8083",
                "--infoloker.services.notification=http://localhost:8084",
                "--infoloker.services.web=http://localhost:8085",
                "--infoloker.security.jwks-uri=http://localhost:8081/.well-known/jwks.json");
        assertThat(command).noneMatch(argument -> argument.startsWith("--spring.datasource."));
    }

    @Test
    void webCallsEveryServiceLinksToThePortalThroughTheGatewayAndHasNoDatabaseOrKafka() {
        List<String> command = ServiceCommandLine.of(PlatformService.WEB, options.withPortOffset(100), key, SECRETS);

        assertThat(command).containsSubsequence("-jar", "/repo/web/target/web.jar");
        assertThat(command).contains(
                "--spring.profiles.active=devstack",
                "--server.port=8185",
                "--infoloker.services.account=http://localhost:8181",
                "--infoloker.services.vacancy=http://localhost:8182",
                "--infoloker.services.verification=http://localhost:8183",
                "--infoloker.services.notification=http://localhost:8184",
                "--infoloker.security.jwks-uri=http://localhost:8181/.well-known/jwks.json",
                "--infoloker.portal.base-url=http://localhost:8180");
        assertThat(command).noneMatch(argument -> argument.startsWith("--spring.datasource.")
                || argument.startsWith("--spring.kafka.") || argument.startsWith("--management.server.port")
                || argument.startsWith("--infoloker.jwt.") || argument.startsWith("--infoloker.staff."));
    }
}
