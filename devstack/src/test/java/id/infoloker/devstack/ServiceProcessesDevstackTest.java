package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service side of the devstack (start order, readiness, log files, stop, kill, restart, a failed start) with
 * {@link FakeService} jars in place of the real ones, on real PostgreSQL and Kafka.
 */
class ServiceProcessesDevstackTest {

    @Test
    void startsEveryServiceAndStopsKillsAndRestartsOne(@TempDir Path root) throws IOException {
        for (PlatformService service : PlatformService.values()) {
            writeFakeJar(service.jar(root));
        }
        DevstackOptions options = DevstackOptions.defaults(root).withPorts(Ports.free());

        try (Devstack devstack = Devstack.start(options)) {
            assertThat(Readiness.httpOk(URI.create(devstack.gatewayUrl().replace(
                    String.valueOf(options.ports().gateway()), String.valueOf(options.ports().gatewayManagement()))
                    + "/actuator/health/readiness"))).isTrue();
            for (PlatformService service : PlatformService.values()) {
                assertThat(devstack.isServiceRunning(service.moduleName())).isTrue();
                assertThat(devstack.logFile(service.moduleName())).content()
                        .contains("with profile devstack", "Started fake service");
            }
            assertThat(readiness(devstack, "web")).isTrue();
            // The gateway last, once everything it routes to answers: no refused calls in its breakers' windows.
            long gatewayStarted = millisAfter(devstack.logFile("gateway"), "Process started at ");
            for (PlatformService service : PlatformService.values()) {
                if (service != PlatformService.GATEWAY) {
                    assertThat(gatewayStarted).as(service.moduleName())
                            .isGreaterThanOrEqualTo(millisAfter(devstack.logFile(service.moduleName()), "ready at "));
                }
            }
            assertThat(DevstackMain.summary(devstack))
                    .contains("Portal      " + devstack.gatewayUrl() + "/")
                    .contains("Console     " + devstack.gatewayUrl() + "/console")
                    .contains("web " + devstack.serviceUrl("web"));

            devstack.killService("vacancy-service");
            assertThat(devstack.isServiceRunning("vacancy")).isFalse();
            assertThat(readiness(devstack, "vacancy-service")).isFalse();

            devstack.startService("vacancy-service");
            assertThat(readiness(devstack, "vacancy-service")).isTrue();

            devstack.stopService("notification-service");
            assertThat(devstack.isServiceRunning("notification-service")).isFalse();
            devstack.startService("notification-service");
            assertThat(devstack.isServiceRunning("notification-service")).isTrue();
        }

        assertThat(WorkDirectory.leftovers(options.workDir())).isEmpty();
        assertThat(Ports.isFree(options.ports().account())).isTrue();
    }

    @Test
    void aServiceThatDiesWhileStartingStopsEverythingAndShowsItsLog(@TempDir Path root) throws IOException {
        writeFakeJar(PlatformService.ACCOUNT.jar(root));
        writeFakeJar(PlatformService.VERIFICATION.jar(root));
        Files.createFile(PlatformService.VERIFICATION.jar(root).resolveSibling("fail-on-start"));
        DevstackOptions options = DevstackOptions.defaults(root).withPorts(Ports.free())
                .withServices("account-service", "verification-service");

        assertThatThrownBy(() -> Devstack.start(options))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("verification-service exited with code 1 while starting")
                .hasMessageContaining("APPLICATION FAILED TO START: simulated");

        assertThat(WorkDirectory.leftovers(options.workDir())).isEmpty();
        assertThat(Ports.isFree(options.ports().account())).isTrue();
        assertThat(Ports.isFree(options.ports().postgres())).isTrue();
        assertThat(Ports.isFree(options.ports().kafka())).isTrue();
    }

    private static boolean readiness(Devstack devstack, String service) {
        return Readiness.httpOk(URI.create(devstack.serviceUrl(service) + "/actuator/health/readiness"));
    }

    /** A runnable jar holding only {@link FakeService}, at the path a real service's Boot jar would have. */
    private static void writeFakeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String classFile = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream bytes = FakeService.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }

    private static long millisAfter(Path log, String marker) throws IOException {
        String content = Files.readString(log);
        int at = content.indexOf(marker);
        assertThat(at).as(marker + " in " + log).isNotNegative();
        return Long.parseLong(content.substring(at + marker.length()).split("\\s", 2)[0].trim());
    }
}
