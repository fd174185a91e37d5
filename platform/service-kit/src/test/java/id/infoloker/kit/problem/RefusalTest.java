package id.infoloker.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RefusalTest {

    @Test
    void aBusyRefusalIsAServiceUnavailableProblemThatSaysWhenToComeBack() {
        ProblemException problem = new Refusal(Refusal.Kind.BUSY, "accounts-busy", null).asProblem();

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.code()).isEqualTo("accounts-busy");
        assertThat(problem.properties()).containsEntry("retryAfterSeconds", 5);
        assertThat(problem.fields()).isEmpty();
    }

    @Test
    void aConflictAboutAFieldSaysNothingAboutComingBack() {
        ProblemException problem = new Refusal(Refusal.Kind.CONFLICT, "email-taken", "email").asProblem();

        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.fields()).containsExactly("email");
        assertThat(problem.properties()).doesNotContainKey("retryAfterSeconds");
    }
}
