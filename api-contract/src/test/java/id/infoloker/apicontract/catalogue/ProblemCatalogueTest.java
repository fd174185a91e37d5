package id.infoloker.apicontract.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every problem {@code code} a published document lists (each is a named example of an
 * {@code application/problem+json} answer) is explained in the problem catalogue of docs/api.md, which the documents'
 * Problem schema points to: a client team meeting a code finds what it means and what to do about it.
 */
class ProblemCatalogueTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CATALOGUE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3}) \\|",
            Pattern.MULTILINE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void everyProblemCodeOfTheDocumentIsInTheCatalogue(String service) throws Exception {
        JsonNode document = JSON.readTree(Files.readString(Path.of("openapi", service + ".json")));
        Set<String> listed = new TreeSet<>();
        collectProblemCodes(document, listed);

        assertThat(listed).as("problem codes in openapi/%s.json", service).isNotEmpty();
        assertThat(catalogue()).as("codes explained in docs/api.md#problem-catalogue").containsAll(listed);
    }

    /** The examples of every problem answer, wherever it is (an operation's answer or a shared one). */
    private static void collectProblemCodes(JsonNode node, Set<String> codes) {
        if (node.isObject()) {
            JsonNode problem = node.path("application/problem+json").path("examples");
            problem.propertyNames().forEach(codes::add);
            node.forEach(child -> collectProblemCodes(child, codes));
        } else if (node.isArray()) {
            node.forEach(child -> collectProblemCodes(child, codes));
        }
    }

    private static Set<String> catalogue() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "api.md"));
        String catalogue = guide.substring(guide.indexOf("## Problem catalogue"));
        Set<String> codes = new TreeSet<>();
        Matcher row = CATALOGUE_ROW.matcher(catalogue);
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }
}
