package id.infoloker.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemExceptionTest {

    @Test
    void aPropertyMayNotRepeatAStandardMemberSoTheBodyHasOneStatus() {
        ProblemException problem = new ProblemException(HttpStatus.CONFLICT, "documents-locked");
        for (String member : new String[] {"status", "title", "type", "detail", "instance", "code", "errors"}) {
            assertThatThrownBy(() -> problem.with(member, "VERIFIED")).as(member)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(problem.with("currentStatus", "VERIFIED").properties()).containsEntry("currentStatus", "VERIFIED");
    }
}
