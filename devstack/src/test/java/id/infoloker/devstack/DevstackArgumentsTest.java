package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DevstackArgumentsTest {

    @Test
    void noArgumentsRunEverythingOnTheDefaultPorts() {
        DevstackOptions options = DevstackArguments.parse().toOptions();

        assertThat(options.ports()).isEqualTo(Ports.defaults());
        assertThat(options.services()).containsExactlyElementsOf(EnumSet.allOf(PlatformService.class));
        assertThat(options.follow()).isFalse();
        assertThat(options.workDir()).isEqualTo(options.repositoryRoot().resolve(".devstack"));
    }

    @Test
    void portOffsetShiftsEveryPort() {
        Ports ports = DevstackArguments.parse("--port-offset", "100").toOptions().ports();

        assertThat(ports).isEqualTo(new Ports(8180, 9180, 8181, 8182, 8183, 8184, 8185, 15532, 19192, 19193, 11125, 11243));
        assertThat(DevstackArguments.parse("--port-offset=7").portOffset()).isEqualTo(7);
    }

    @Test
    void followRootWorkDirAndNoBuild() {
        DevstackOptions options = DevstackArguments
                .parse("--no-build", "--follow", "--root", "/repo", "--work-dir=/tmp/stack")
                .toOptions();

        assertThat(options.follow()).isTrue();
        assertThat(options.repositoryRoot()).isEqualTo(Path.of("/repo"));
        assertThat(options.workDir()).isEqualTo(Path.of("/tmp/stack"));
    }

    @Test
    void fullJitRunsTheServicesWithC2AsInProductionOtherwiseC1Only() {
        assertThat(DevstackArguments.parse().toOptions().jvmOptions()).contains("-XX:TieredStopAtLevel=1");

        assertThat(DevstackArguments.parse("--full-jit").toOptions().jvmOptions())
                .isEqualTo(DevstackOptions.FULL_JIT_JVM_OPTIONS)
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
                .contains("-Xmx384m");
    }

    @Test
    void servicesByModuleOrShortName() {
        assertThat(DevstackArguments.parse("--services", "account-service,verification").toOptions().services())
                .containsExactly(PlatformService.ACCOUNT, PlatformService.VERIFICATION);
        assertThat(DevstackArguments.parse("--services=none").toOptions().services()).isEmpty();
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertThatThrownBy(() -> DevstackArguments.parse("--verbose"))
                .hasMessageContaining("Unknown argument: --verbose");
        assertThatThrownBy(() -> DevstackArguments.parse("--port-offset"))
                .hasMessageContaining("--port-offset needs a value");
        assertThatThrownBy(() -> DevstackArguments.parse("--port-offset", "many"))
                .hasMessageContaining("needs a number");
        assertThatThrownBy(() -> DevstackArguments.parse("--services", "payroll"))
                .hasMessageContaining("Unknown service 'payroll'");
    }

    @Test
    void helpNeedsNoOtherArgument() {
        assertThat(DevstackArguments.parse("--help").help()).isTrue();
        assertThat(DevstackArguments.USAGE).contains("--follow", "--port-offset", "--no-build");
    }
}
