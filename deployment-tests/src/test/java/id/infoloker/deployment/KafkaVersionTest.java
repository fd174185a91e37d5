package id.infoloker.deployment;

import static id.infoloker.deployment.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Kafka version pinned for Strimzi is one the supported Strimzi releases run, and the runbook says which. */
class KafkaVersionTest {

    /** A Kafka version, its KRaft metadata version, and the Strimzi releases that run it (from Strimzi's release notes). */
    record Supported(String kafka, String metadataVersion, String strimzi) {
    }

    /** Strimzi 1.1 removed Kafka 4.1.x; kafka.strimzi.io/v1 (used by the manifests) needs 0.49 or later. */
    static final Map<String, Supported> TABLE = Map.of(
            "4.1.1", new Supported("4.1.1", "4.1-IV1", "0.49.0 – 1.0.x"));

    private static final Pattern DOC_ROW = Pattern.compile("^\\| ([0-9.]+) \\| ([0-9.A-Z-]+) \\| ([^|]+) \\|$",
            Pattern.MULTILINE);

    static List<String> overlays() {
        return Overlay.names();
    }

    static List<String> problems(String kafka, String metadataVersion, String runbook) {
        List<String> problems = new ArrayList<>();
        Supported supported = TABLE.get(kafka);
        if (supported == null) {
            problems.add("Kafka " + kafka + " is in no row of the version table: which Strimzi runs it? " + TABLE.keySet());
            return problems;
        }
        if (!supported.metadataVersion().equals(metadataVersion)) {
            problems.add("metadataVersion " + metadataVersion + " is not " + supported.metadataVersion() + " for Kafka " + kafka);
        }
        Matcher row = DOC_ROW.matcher(runbook);
        boolean documented = false;
        while (row.find()) {
            if (row.group(1).equals(kafka)) {
                documented = true;
                if (!row.group(2).equals(supported.metadataVersion()) || !row.group(3).trim().equals(supported.strimzi())) {
                    problems.add("docs/operations.md says Kafka " + kafka + " runs on Strimzi " + row.group(3).trim()
                            + " with " + row.group(2) + "; the table says " + supported.strimzi() + " with "
                            + supported.metadataVersion());
                }
            }
        }
        if (!documented) {
            problems.add("docs/operations.md has no version-table row for Kafka " + kafka);
        }
        if (!runbook.contains("| Strimzi | " + supported.strimzi())) {
            problems.add("docs/operations.md's operator table does not require Strimzi " + supported.strimzi());
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thePinnedKafkaVersionRunsOnTheDocumentedStrimziReleases(String overlayName) throws IOException {
        var kafka = Overlay.render(overlayName).custom("Kafka").get(0);
        assertThat(problems(Objects.toString(at(kafka, "spec", "kafka", "version")),
                Objects.toString(at(kafka, "spec", "kafka", "metadataVersion")), runbook())).isEmpty();
    }

    @Test
    void aKafkaVersionWithoutASupportingStrimziIsCaught() throws IOException {
        assertThat(problems("4.2.0", "4.2-IV1", runbook())).singleElement().asString().contains("in no row");
    }

    @Test
    void aRunbookThatPromisesAnyLaterStrimziIsCaught() throws IOException {
        String openEnded = runbook().replace("| 4.1.1 | 4.1-IV1 | 0.49.0 – 1.0.x |", "| 4.1.1 | 4.1-IV1 | 0.49 or later |")
                .replace("| Strimzi | 0.49.0 – 1.0.x", "| Strimzi | 0.49 or later");
        assertThat(problems("4.1.1", "4.1-IV1", openEnded)).hasSize(2);
    }

    @Test
    void aMetadataVersionFromAnotherKafkaIsCaught() throws IOException {
        assertThat(problems("4.1.1", "4.0-IV3", runbook())).singleElement().asString().contains("metadataVersion");
    }

    private static String runbook() throws IOException {
        return Files.readString(Repository.path("docs/operations.md"));
    }
}
