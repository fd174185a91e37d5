package id.infoloker.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository checkout the deployment files live in (set by Surefire; found by walking up otherwise, e.g. in an IDE). */
final class Repository {

    private static final Path ROOT = locate();

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /**
     * docker-compose.yml as Compose reads it: SnakeYAML resolves anchors and the YAML 1.1 merge keys
     * ({@code <<: *service}) the file uses. A fresh copy each call, so a test may change it.
     */
    static Map<String, Object> compose() {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(path("docker-compose.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String configured = System.getProperty("infoloker.repository.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a directory with k8s/ and docker-compose.yml)");
    }

    private Repository() {
    }
}
