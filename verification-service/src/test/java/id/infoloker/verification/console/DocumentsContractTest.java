package id.infoloker.verification.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.identity.DocumentType;
import id.infoloker.identity.StoredDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer side of the documents contract with account-service: the console reads the contract's example (the one
 * account-service's DocumentListContractTest checks its answer against) into the typed record, no field guessing.
 */
class DocumentsContractTest {

    @Test
    void theConsoleReadsTheContractsExample() {
        StoredDocument[] documents = JsonMapper.builder().build().readValue(StoredDocument.exampleJson(),
                StoredDocument[].class);

        assertThat(documents).extracting(StoredDocument::type).containsExactly(DocumentType.KTP, DocumentType.IJAZAH);
        assertThat(documents[0].image()).isTrue();
        assertThat(documents[1].pdf()).isTrue();
        assertThat(documents[0].id()).isNotNull();
    }
}
