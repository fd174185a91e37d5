package id.infoloker.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders Kustomize directories with {@code kubectl kustomize}, the same code path as {@code kubectl apply -k}. */
final class Kubectl {

    private static final Optional<Path> BINARY = locate();

    static Optional<Path> binary() {
        return BINARY;
    }

    static String kustomize(Path directory) {
        Path kubectl = BINARY.orElseThrow(() -> new IllegalStateException("kubectl not found"));
        ProcessBuilder builder = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString());
        try {
            Process process = builder.start();
            // Read both streams concurrently so a chatty stderr cannot block the process.
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                        + "):\n" + stderr.join());
            }
            return stdout;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -Dkubectl=/path} or {@code $KUBECTL} when set (and nothing else then), else /usr/bin/kubectl, else the PATH. */
    private static Optional<Path> locate() {
        String configured = Optional.ofNullable(System.getProperty("kubectl")).orElse(System.getenv("KUBECTL"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        Stream<String> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl").toString());
        return Stream.concat(Stream.of("/usr/bin/kubectl"), onPath)
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    private Kubectl() {
    }
}
