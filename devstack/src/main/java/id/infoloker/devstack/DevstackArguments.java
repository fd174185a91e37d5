package id.infoloker.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The command line of {@code bin/devstack}, parsed. */
record DevstackArguments(boolean help, boolean follow, boolean fullJit, int portOffset,
                         Optional<Set<PlatformService>> services, Optional<Path> repositoryRoot,
                         Optional<Path> workDir) {

    static final String USAGE = """
            usage: bin/devstack [--no-build] [--follow] [--full-jit] [--port-offset <n>] [--services <a,b,...>]
                                [--root <dir>] [--work-dir <dir>]

              --no-build          do not run 'mvn package' first (handled by bin/devstack)
              --follow            also print every service's log lines here, prefixed with its name
              --full-jit          service JVMs with the C2 compiler, as in production (benchmarks); slower start
              --port-offset <n>   add n to every port (gateway 8080+n, account 8081+n, ..., PostgreSQL 15432+n,
                                  Kafka 19092+n), to run next to another devstack; e.g. 100 (use a multiple
                                  of 10 other than 1000, or the ranges overlap)
              --services <list>   only these services, e.g. account-service,verification-service
                                  (default: all six; 'none' runs only PostgreSQL and Kafka)
              --root <dir>        repository root with <service>/target/<service>.jar (default: current directory)
              --work-dir <dir>    data and logs, wiped at start (default: <root>/.devstack)
            """;

    static DevstackArguments parse(String... args) {
        boolean help = false;
        boolean follow = false;
        boolean fullJit = false;
        int portOffset = 0;
        Optional<Set<PlatformService>> services = Optional.empty();
        Optional<Path> root = Optional.empty();
        Optional<Path> workDir = Optional.empty();
        Iterator<String> words = splitInlineValues(args).iterator();
        while (words.hasNext()) {
            String flag = words.next();
            switch (flag) {
                case "-h", "--help" -> help = true;
                case "--follow" -> follow = true;
                case "--full-jit" -> fullJit = true;
                case "--no-build" -> {
                    // bin/devstack skips the build; nothing left to do here.
                }
                case "--port-offset" -> portOffset = parseOffset(value(words, flag));
                case "--services" -> services = Optional.of(parseServices(value(words, flag)));
                case "--root" -> root = Optional.of(Path.of(value(words, flag)));
                case "--work-dir" -> workDir = Optional.of(Path.of(value(words, flag)));
                default -> throw new IllegalArgumentException("Unknown argument: " + flag);
            }
        }
        return new DevstackArguments(help, follow, fullJit, portOffset, services, root, workDir);
    }

    /** {@code --port-offset=100} reads as {@code --port-offset 100}. */
    private static List<String> splitInlineValues(String[] args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                words.add(arg.substring(0, equals));
                words.add(arg.substring(equals + 1));
            } else {
                words.add(arg);
            }
        }
        return words;
    }

    DevstackOptions toOptions() {
        Path root = repositoryRoot.orElseGet(DevstackOptions::defaultRepositoryRoot);
        DevstackOptions options = DevstackOptions.defaults(root)
                .withPortOffset(portOffset)
                .withFollow(follow);
        if (fullJit) {
            options = options.withJvmOptions(DevstackOptions.FULL_JIT_JVM_OPTIONS);
        }
        if (services.isPresent()) {
            options = options.withServices(services.get());
        }
        return workDir.map(options::withWorkDir).orElse(options);
    }

    private static String value(Iterator<String> words, String flag) {
        String value = words.hasNext() ? words.next() : null;
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    private static int parseOffset(String value) {
        try {
            int offset = Integer.parseInt(value);
            // 19093 + offset must stay a valid port; negative offsets would collide with well-known ports.
            if (offset < 0 || offset > 40_000) {
                throw new IllegalArgumentException("--port-offset must be between 0 and 40000, not " + value);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port-offset needs a number, not '" + value + "'");
        }
    }

    private static Set<PlatformService> parseServices(String value) {
        if (value.equalsIgnoreCase("none")) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .filter(name -> !name.isBlank())
                .map(PlatformService::byName)
                .collect(Collectors.toSet());
    }
}
