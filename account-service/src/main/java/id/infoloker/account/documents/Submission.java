package id.infoloker.account.documents;

import java.time.Instant;
import java.util.List;

public record Submission(int submission, List<String> documentTypes, Instant submittedAt) {
}
