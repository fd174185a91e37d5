import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import sun.tools.attach.HotSpotVirtualMachine;

/**
 * Samples every running deployable of one devstack (a JVM whose command line names {@code <jars>/<module>/target/
 * <module>.jar}) every N seconds: its {@code VM.native_memory summary} and its VmRSS, one file per sample,
 * {@code <samples>/<module>.<nanotime>.txt}, until killed.
 *
 * <p>One JVM that stays attached instead of a {@code jcmd} per service and sample: each jcmd is a JVM start (about
 * half a second of CPU), six per round on two cores already saturated by the surge, which both slowed the services
 * being measured and stretched the interval to ~20 s (peaks between samples were missed).
 *
 * <pre>java --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED NmtSampler.java JARS SAMPLES SECONDS</pre>
 */
public class NmtSampler {

    private static final Pattern JAR = Pattern.compile("([a-z-]+)/target/\\1\\.jar");

    public static void main(String[] args) throws Exception {
        String jars = args[0] + "/";
        Path samples = Path.of(args[1]);
        long intervalMillis = Long.parseLong(args[2]) * 1000;
        Map<Long, VirtualMachine> attached = new HashMap<>();
        Files.createDirectories(samples);
        while (true) {
            long start = System.currentTimeMillis();
            for (long pid : pids()) {
                Optional<String> module = moduleOf(pid, jars);
                if (module.isEmpty()) {
                    continue;
                }
                try {
                    VirtualMachine vm = attached.get(pid);
                    if (vm == null) {
                        vm = VirtualMachine.attach(String.valueOf(pid));
                        attached.put(pid, vm);
                    }
                    String summary;
                    try (InputStream in = ((HotSpotVirtualMachine) vm).executeJCmd("VM.native_memory summary")) {
                        summary = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    if (summary.contains("Total:")) {
                        Files.writeString(samples.resolve(module.get() + "." + System.nanoTime() + ".txt"),
                                summary + rss(pid));
                    }
                } catch (IOException | com.sun.tools.attach.AttachNotSupportedException e) {
                    // A JVM that is still starting, or already stopping: the next round tries again.
                    attached.remove(pid);
                }
            }
            Thread.sleep(Math.max(0, intervalMillis - (System.currentTimeMillis() - start)));
        }
    }

    private static List<Long> pids() throws IOException {
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            return proc.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::valueOf)
                    .toList();
        }
    }

    /** The module a JVM of this devstack runs, from its command line; empty for any other process. */
    private static Optional<String> moduleOf(long pid, String jars) {
        try {
            String commandLine = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"),
                    StandardCharsets.ISO_8859_1).replace('\0', ' ');
            if (!commandLine.contains(jars)) {
                return Optional.empty();
            }
            Matcher jar = JAR.matcher(commandLine);
            return jar.find() ? Optional.of(jar.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String rss(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst().map(line -> line + "\n").orElse("");
    }
}
