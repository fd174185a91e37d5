package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract check the end-to-end tests run on every answer, against the committed documents: it accepts what they
 * document and catches what the account document said before issue 21 — registration answering a single 200.
 */
class ApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRegistrationsDocumentedAnswersPass() throws Exception {
        ApiContract contract = new ApiContract(committed());

        assertThatCode(() -> {
            contract.check("POST", "/api/accounts/job-seekers", 202, "application/json", true);
            contract.check("POST", "/api/accounts/job-seekers", 400, "application/problem+json", true);
            contract.check("POST", "/api/accounts/job-seekers", 409, "application/problem+json", true);
            contract.check("GET", "/api/vacancies/own", 401, "application/problem+json", true);
            contract.check("POST", "/api/verification/cases/claim-next", 204, null, false);
        }).doesNotThrowAnyException();
    }

    @Test
    void aDocumentSayingRegistrationAnswers200CatchesThe202The400AndThe409() throws Exception {
        List<JsonNode> documents = committed();
        ObjectNode registration = (ObjectNode) documents.get(0).at("/paths/~1api~1accounts~1job-seekers/post");
        registration.putObject("responses").putObject("200").put("description", "OK")
                .putObject("content").putObject("*/*");
        ApiContract before = new ApiContract(documents);

        for (int status : new int[] {202, 400, 409}) {
            assertThatThrownBy(() -> before.check("POST", "/api/accounts/job-seekers", status,
                    "application/json", true)).isInstanceOf(AssertionError.class).hasMessageContaining("" + status);
        }
    }

    @Test
    void anUndocumentedContentTypeOrOperationIsCaught() throws Exception {
        ApiContract contract = new ApiContract(committed());

        assertThatThrownBy(() -> contract.check("POST", "/api/accounts/job-seekers", 400, "text/html", true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> contract.check("GET", "/api/nothing-here", 200, "application/json", true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Undocumented operation");
    }

    private static List<JsonNode> committed() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("api-contract/openapi"))) {
            root = root.getParent();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (String service : ApiContract.SERVICES) {
            documents.add(JSON.readTree(Files.readString(root.resolve("api-contract/openapi/" + service + ".json"))));
        }
        return documents;
    }
}
