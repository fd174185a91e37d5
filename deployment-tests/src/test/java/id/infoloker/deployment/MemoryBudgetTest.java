package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each container's memory limit follows the measurement (benchmarks/memory: Native Memory Tracking under full JIT at
 * the surge benchmark's load, the newest benchmarks/results/memory-*.md): the JVM's explicit ceilings
 * ({@code JDK_JAVA_OPTIONS}: heap, metaspace, code cache, thread stack size, direct memory) cover what was measured,
 * and ceilings + the measured threads at a full stack each + measured GC, other and untracked native memory stay
 * within 75 % of the limit, so each container keeps at least 25 % headroom, in every overlay and in
 * docker-compose.yml. Shown failing on a broken copy.
 */
class MemoryBudgetTest {

    static final double HEADROOM = 0.25;
    static final String JVM_OPTIONS = "JDK_JAVA_OPTIONS";
    private static final long MIB = 1024 * 1024;

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerKeepsAQuarterOfItsLimitAboveTheMeasuredJvm(String overlay) {
        assertThat(problems(Overlay.render(overlay), Measured.newest())).isEmpty();
    }

    @Test
    void aLimitCutBelowTheBudgetOrAHeapBelowTheMeasurementIsFound() {
        Overlay broken = Overlay.render(Overlay.names().get(0)).copy();
        Deployment account = broken.deployment(Platform.ACCOUNT).orElseThrow();
        account.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits()
                .put("memory", new Quantity("400Mi"));
        Deployment gateway = broken.deployment(Platform.GATEWAY).orElseThrow();
        EnvVar options = jvmOptions(gateway.getSpec().getTemplate().getSpec().getContainers().get(0)).orElseThrow();
        options.setValue(options.getValue().replaceAll("-Xmx\\S+", "-Xmx16m"));

        assertThat(problems(broken, Measured.newest()))
                .anySatisfy(p -> assertThat(p).startsWith("account-service").contains("25 %"))
                .anySatisfy(p -> assertThat(p).startsWith("gateway").contains("-Xmx"));
    }

    @Test
    void theFlagsAreReadAsTheJvmReadsThem() {
        assertThat(Flags.parse("-Xmx300m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k")
                .bytes()).containsEntry("-Xmx", 300 * MIB).containsEntry("-XX:MaxMetaspaceSize", 160 * MIB)
                .containsEntry("-XX:ReservedCodeCacheSize", 64 * MIB).containsEntry("-Xss", 512 * 1024L);
        assertThat(Flags.parse("-Xmx1g").bytes()).containsEntry("-Xmx", 1024 * MIB);
        assertThat(Flags.size("960m")).isEqualTo(960 * MIB);
    }

    @Test
    void everyComposeServiceKeepsAQuarterOfItsLimitAboveTheMeasuredJvm() {
        assertThat(problems(composeSizings(), Measured.newest())).isEmpty();
    }

    /** What a deployable's JVM may use and what its container may hold: from a Deployment or a compose service. */
    record Sizing(String service, Optional<String> jvmOptions, long limit) {
    }

    static List<Sizing> sizings(Overlay overlay) {
        return overlay.deployments().stream().map(deployment -> {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            long limit = Optional.ofNullable(container.getResources().getLimits()).map(l -> l.get("memory"))
                    .map(Quantity::getNumericalAmount).map(BigDecimal::longValue).orElse(0L);
            return new Sizing(name(deployment), jvmOptions(container).map(EnvVar::getValue), limit);
        }).toList();
    }

    /** The six deployables in docker-compose.yml (Docker's memory units: b, k, m, g). */
    @SuppressWarnings("unchecked")
    static List<Sizing> composeSizings() {
        Map<String, Object> compose = Repository.compose();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        return Platform.HTTP_PORTS.keySet().stream().map(name -> {
            Map<String, Object> service = services.getOrDefault(name, Map.of());
            Object environment = service.get("environment");
            Optional<String> options = environment instanceof Map<?, ?> env
                    ? Optional.ofNullable(env.get(JVM_OPTIONS)).map(String::valueOf) : Optional.empty();
            Object limit = service.get("deploy") instanceof Map<?, ?> deploy
                    && deploy.get("resources") instanceof Map<?, ?> resources
                    && resources.get("limits") instanceof Map<?, ?> limits ? limits.get("memory") : null;
            return new Sizing(name, options, limit == null ? 0 : Flags.size(String.valueOf(limit)));
        }).toList();
    }

    static List<String> problems(Overlay overlay, Map<String, Measured> measured) {
        return problems(sizings(overlay), measured);
    }

    static List<String> problems(List<Sizing> sizings, Map<String, Measured> measured) {
        List<String> problems = new ArrayList<>();
        for (Sizing sizing : sizings) {
            String service = sizing.service();
            Measured figures = measured.get(service);
            if (figures == null) {
                problems.add(service + " has no measured figures in " + Measured.newestFile());
                continue;
            }
            if (sizing.jvmOptions().isEmpty()) {
                problems.add(service + " sets no " + JVM_OPTIONS + " (explicit heap, metaspace, code cache, stack)");
                continue;
            }
            Map<String, Long> flags = Flags.parse(sizing.jvmOptions().get()).bytes();
            for (String flag : List.of("-Xmx", "-XX:MaxMetaspaceSize", "-XX:ReservedCodeCacheSize", "-Xss")) {
                if (!flags.containsKey(flag)) {
                    problems.add(service + " " + JVM_OPTIONS + " lacks " + flag);
                }
            }
            if (problems.stream().anyMatch(p -> p.startsWith(service + " "))) {
                continue;
            }
            check(problems, service, "-Xmx", flags.get("-Xmx"), figures.heap());
            check(problems, service, "-XX:MaxMetaspaceSize", flags.get("-XX:MaxMetaspaceSize"),
                    figures.metaspace() + figures.classSpace());
            check(problems, service, "-XX:ReservedCodeCacheSize", flags.get("-XX:ReservedCodeCacheSize"),
                    figures.codeCache());
            long budget = flags.get("-Xmx") + flags.get("-XX:MaxMetaspaceSize") + flags.get("-XX:ReservedCodeCacheSize")
                    + figures.threads() * flags.get("-Xss") + figures.gc() + figures.other() + figures.untracked()
                    + flags.getOrDefault("-XX:MaxDirectMemorySize", 0L);
            if (budget > sizing.limit() * (1 - HEADROOM)) {
                problems.add(("%s: JVM budget %d MiB (ceilings + %d threads' stacks + measured GC, other and "
                        + "untracked) leaves less than 25 %% of its %d MiB limit").formatted(service, budget / MIB,
                        figures.threads(), sizing.limit() / MIB));
            }
        }
        return problems;
    }

    private static void check(List<String> problems, String service, String flag, long ceiling, long measured) {
        if (ceiling < measured) {
            problems.add("%s: %s is %d MiB, below the %d MiB measured at load".formatted(service, flag,
                    ceiling / MIB, measured / MIB));
        }
    }

    private static Optional<EnvVar> jvmOptions(Container container) {
        return Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .filter(env -> JVM_OPTIONS.equals(env.getName())).findFirst();
    }

    /** The size flags of a JVM command line, in bytes ({@code -Xmx300m}, {@code -XX:MaxMetaspaceSize=160m}). */
    record Flags(Map<String, Long> bytes) {

        private static final Pattern SIZE = Pattern.compile("(-Xmx|-Xss|-XX:MaxMetaspaceSize=|"
                + "-XX:ReservedCodeCacheSize=|-XX:MaxDirectMemorySize=)(\\d+)([kKmMgG]?)");

        /** A size as the JVM and Docker write it: digits and an optional k, m or g (1024-based). */
        static long size(String value) {
            Matcher matcher = Pattern.compile("(\\d+)([kKmMgG]?)[bB]?").matcher(value.trim());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Not a size: " + value);
            }
            return Long.parseLong(matcher.group(1)) * unit(matcher.group(2));
        }

        private static long unit(String suffix) {
            return switch (suffix.toLowerCase()) {
                case "k" -> 1024L;
                case "m" -> MIB;
                case "g" -> 1024 * MIB;
                default -> 1L;
            };
        }

        static Flags parse(String options) {
            Map<String, Long> bytes = new HashMap<>();
            for (String option : options.trim().split("\\s+")) {
                Matcher matcher = SIZE.matcher(option);
                if (matcher.matches()) {
                    bytes.put(matcher.group(1).replace("=", ""), Long.parseLong(matcher.group(2))
                            * unit(matcher.group(3)));
                }
            }
            return new Flags(bytes);
        }
    }

    /**
     * One service's peaks (bytes; threads: a count) from a benchmarks/memory report row; {@code untracked} is what
     * the resident set held beyond Native Memory Tracking's total (malloc arenas, mapped jars, libraries).
     */
    record Measured(long heap, long metaspace, long classSpace, long codeCache, int threads, long gc, long other,
                    long untracked) {

        private static final Pattern ROW = Pattern.compile(
                "\\| ([a-z-]+) \\| \\d+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| \\d+ "
                        + "\\((\\d+) threads\\) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|");

        static Path newestFile() {
            try (Stream<Path> files = Files.list(Repository.path("benchmarks/results"))) {
                return files.filter(f -> f.getFileName().toString().matches("memory-\\d{8}T\\d{6}Z\\.md"))
                        .max(Path::compareTo)
                        .orElseThrow(() -> new AssertionError("no benchmarks/results/memory-*.md: run "
                                + "benchmarks/memory/run.sh"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Map<String, Measured> newest() {
            try {
                return parse(Files.readString(newestFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Map<String, Measured> parse(String report) {
            Map<String, Measured> measured = new HashMap<>();
            Matcher row = ROW.matcher(report);
            while (row.find()) {
                long total = mib(row.group(2));
                long rss = mib(row.group(10));
                measured.put(row.group(1), new Measured(mib(row.group(3)), mib(row.group(4)), mib(row.group(5)),
                        mib(row.group(6)), Integer.parseInt(row.group(7)), mib(row.group(8)), mib(row.group(9)),
                        Math.max(0, rss - total)));
            }
            return measured;
        }

        private static long mib(String figure) {
            return Long.parseLong(figure) * MIB;
        }
    }
}
