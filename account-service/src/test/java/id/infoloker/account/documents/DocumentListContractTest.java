package id.infoloker.account.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import id.infoloker.identity.DocumentType;
import id.infoloker.identity.StoredDocument;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Producer side of the documents contract with verification's console ({@link StoredDocument}): what the staff list
 * serves reads strictly into the shared record, and the served fields are the example's.
 */
@AccountServiceIntegrationTest
class DocumentListContractTest {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Autowired
    private WebTestClient http;
    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void theStaffListIsTheContractsRecord() {
        Caller siti = accounts.jobSeeker();
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        accounts.upload(siti, "CV", Files.pdf(), "cv.pdf", MediaType.APPLICATION_PDF).expectStatus().isCreated();

        String body = http.get().uri("/api/accounts/{id}/documents", siti.id()).headers(accounts.verifier().bearer())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        StoredDocument[] served = strict.readValue(body, StoredDocument[].class);

        assertThat(served).extracting(StoredDocument::type).containsExactlyInAnyOrder(DocumentType.KTP,
                DocumentType.CV);
        assertThat(served).filteredOn(d -> d.type() == DocumentType.KTP).singleElement()
                .satisfies(d -> assertThat(d.image()).isTrue());
        assertThat(served).filteredOn(d -> d.type() == DocumentType.CV).singleElement()
                .satisfies(d -> assertThat(d.pdf()).isTrue());
        assertThat(strict.readTree(body).get(0).propertyNames()).containsExactlyInAnyOrderElementsOf(
                strict.readTree(StoredDocument.exampleJson()).get(0).propertyNames());
        assertThat(Arrays.stream(DocumentView.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "type", "format", "mediaType", "sizeBytes", "uploadedAt");
    }
}
