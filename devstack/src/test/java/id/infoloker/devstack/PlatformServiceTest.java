package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlatformServiceTest {

    @Test
    void findsAServiceByAnyOfItsNames() {
        assertThat(PlatformService.byName("account-service")).isEqualTo(PlatformService.ACCOUNT);
        assertThat(PlatformService.byName("account")).isEqualTo(PlatformService.ACCOUNT);
        assertThat(PlatformService.byName("VACANCY")).isEqualTo(PlatformService.VACANCY);
        assertThat(PlatformService.byName("gateway")).isEqualTo(PlatformService.GATEWAY);
        assertThat(PlatformService.byName("web")).isEqualTo(PlatformService.WEB);
    }

    @Test
    void runsTheBootJarOfItsModule() {
        assertThat(PlatformService.NOTIFICATION.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/notification-service/target/notification-service.jar"));
        assertThat(PlatformService.NOTIFICATION.buildCommand())
                .isEqualTo("mvn -B -DskipTests -pl notification-service -am package");
        assertThat(PlatformService.WEB.jar(Path.of("/repo"))).isEqualTo(Path.of("/repo/web/target/web.jar"));
    }

    @Test
    void onlyTheGatewayHasASeparateManagementPortAndOnlyItAndWebHaveNoDatabase() {
        Ports ports = Ports.defaults();

        assertThat(PlatformService.GATEWAY.managementPort(ports)).isEqualTo(9080);
        assertThat(PlatformService.VERIFICATION.managementPort(ports)).isEqualTo(8083);
        assertThat(PlatformService.WEB.port(ports)).isEqualTo(8085);
        assertThat(PlatformService.WEB.managementPort(ports)).isEqualTo(8085);
        assertThat(PlatformService.GATEWAY.database()).isEmpty();
        assertThat(PlatformService.WEB.database()).isEmpty();
        assertThat(PlatformService.VACANCY.database()).contains("vacancy_service");
        assertThat(Devstack.DATABASES).containsExactly("account_service", "verification_service",
                "notification_service", "vacancy_service");
    }

    @Test
    void freePortsAreDistinct() {
        Ports ports = Ports.free();

        assertThat(java.util.List.of(ports.gateway(), ports.gatewayManagement(), ports.account(), ports.vacancy(),
                ports.verification(), ports.notification(), ports.web(), ports.postgres(), ports.kafka(),
                ports.kafkaController()))
                .doesNotHaveDuplicates()
                .allMatch(Ports::isFree);
    }
}
