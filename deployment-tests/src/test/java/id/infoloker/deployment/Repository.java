package id.infoloker.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository checkout the deployment files live in (set by Surefire; found by walking up otherwise, e.g. in an IDE). */
final class Repository {

    private static final Path ROOT = locate();

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
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
