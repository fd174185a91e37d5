package id.infoloker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StoredDocumentContractTest {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Test
    void theExampleReadsIntoTheRecordAndNamesEveryField() {
        StoredDocument[] documents = strict.readValue(StoredDocument.exampleJson(), StoredDocument[].class);
        JsonNode first = strict.readTree(StoredDocument.exampleJson()).get(0);

        assertThat(documents).hasSize(2);
        assertThat(documents[0].image()).isTrue();
        assertThat(documents[1].pdf()).isTrue();
        assertThat(first.propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(StoredDocument.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void requiredDocumentsPerAccountType() {
        assertThat(DocumentType.requiredFor(id.infoloker.events.AccountType.JOB_SEEKER))
                .containsExactly(DocumentType.KTP, DocumentType.IJAZAH, DocumentType.CV, DocumentType.PAS_FOTO);
        assertThat(DocumentType.missing(id.infoloker.events.AccountType.EMPLOYER, List.of("NIB")))
                .containsExactly(DocumentType.NPWP);
    }
}
