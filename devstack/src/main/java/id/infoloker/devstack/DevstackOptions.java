package id.infoloker.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to run and where. Start from {@link #defaults(Path)} and change what differs with the {@code with...} methods.
 *
 * @param repositoryRoot   where {@code <service>/target/<service>.jar} are
 * @param workDir          wiped at start; holds PostgreSQL's and Kafka's data, the JWT key and {@code logs/}
 * @param ports            see {@link Ports#defaults()}
 * @param services         which services to run (none: PostgreSQL and Kafka only)
 * @param jvmOptions       options of every service JVM
 * @param staff            the first ADMIN and VERIFIER account-service creates
 * @param follow           also copy every log line to the console, prefixed with its source
 * @param readinessTimeout how long one service may take to become ready
 */
public record DevstackOptions(Path repositoryRoot, Path workDir, Ports ports, Set<PlatformService> services,
                              List<String> jvmOptions, StaffCredentials staff, boolean follow,
                              Duration readinessTimeout) {

    /** Small heaps and C1 only: six JVMs share two cores and start faster without the C2 compiler. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The JIT production runs (C1 then C2, as the container image's JVM does), same heap and collector as the
     * default: benchmarks whose targets assume production's compiled code ({@code --full-jit}).
     */
    public static final List<String> FULL_JIT_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    public DevstackOptions {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
        // An EnumSet keeps the declaration order (account-service first) wherever the set is listed.
        services = Collections.unmodifiableSet(services.isEmpty()
                ? EnumSet.noneOf(PlatformService.class) : EnumSet.copyOf(services));
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Every service, default ports, work dir {@code <root>/.devstack}. */
    public static DevstackOptions defaults(Path repositoryRoot) {
        return new DevstackOptions(repositoryRoot, repositoryRoot.resolve(".devstack"), Ports.defaults(),
                EnumSet.allOf(PlatformService.class), DEFAULT_JVM_OPTIONS, StaffCredentials.defaults(), false,
                Duration.ofMinutes(3));
    }

    /**
     * The repository root from the system property {@code infoloker.repository.root} (set by the e2e tests' failsafe
     * configuration), else the current directory.
     */
    public static Path defaultRepositoryRoot() {
        String root = System.getProperty("infoloker.repository.root");
        return Path.of(root == null || root.isBlank() ? System.getProperty("user.dir") : root);
    }

    public DevstackOptions withWorkDir(Path workDir) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    public DevstackOptions withPorts(Ports ports) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    public DevstackOptions withPortOffset(int offset) {
        return withPorts(ports.withOffset(offset));
    }

    public DevstackOptions withServices(Set<PlatformService> services) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    /** Services by name, e.g. {@code "account-service", "gateway"}; no names: PostgreSQL and Kafka only. */
    public DevstackOptions withServices(String... names) {
        return withServices(Arrays.stream(names).map(PlatformService::byName).collect(Collectors.toSet()));
    }

    public DevstackOptions withJvmOptions(List<String> jvmOptions) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    public DevstackOptions withStaff(StaffCredentials staff) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    public DevstackOptions withFollow(boolean follow) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }

    public DevstackOptions withReadinessTimeout(Duration readinessTimeout) {
        return new DevstackOptions(repositoryRoot, workDir, ports, services, jvmOptions, staff, follow,
                readinessTimeout);
    }
}
