package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.devstack.DevstackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No deployable depends on another deployable's module: services share only {@code platform/*} and talk through events
 * and HTTP. Each service's ArchUnit test checks its classes; this checks the build itself, gateway included.
 */
class ServiceModuleDependenciesTest {

    static final List<String> DEPLOYABLES = List.of(
            "gateway", "web", "account-service", "vacancy-service", "verification-service", "notification-service");

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "web", "account-service", "vacancy-service", "verification-service",
        "notification-service"})
    void deployableDependsOnNoOtherDeployable(String module) throws Exception {
        Path pom = repositoryRoot().resolve(module).resolve("pom.xml");
        assertThat(pom).exists();

        assertThat(dependencyArtifactIds(pom))
                .as("dependencies of %s", module)
                .doesNotContainAnyElementsOf(DEPLOYABLES);
    }

    /** The nearest folder upwards from the working directory that holds the whole repository. */
    private static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null && !Files.isDirectory(candidate.resolve("platform/events"))) {
            candidate = candidate.getParent();
        }
        return candidate == null ? DevstackOptions.defaultRepositoryRoot() : candidate;
    }

    private static List<String> dependencyArtifactIds(Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project;
        try (var in = Files.newInputStream(pom)) {
            project = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<String> artifactIds = new ArrayList<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            artifactIds.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent().trim());
        }
        return artifactIds;
    }
}
