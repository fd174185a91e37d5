package id.infoloker.verification.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountDocumentsTest {

    @Test
    void accountServiceIsTheConfiguredUrlOrElseTheHostServingTheJwks() {
        assertThat(AccountDocuments.baseUrl("http://account-service:8081",
                "http://localhost:8181/.well-known/jwks.json")).isEqualTo("http://account-service:8081");
        // The devstack shifts ports and passes only the JWKS address.
        assertThat(AccountDocuments.baseUrl("", "http://localhost:8181/.well-known/jwks.json"))
                .isEqualTo("http://localhost:8181");
        assertThat(AccountDocuments.baseUrl(null, "not-a-url")).isEqualTo("http://localhost:8081");
    }
}
