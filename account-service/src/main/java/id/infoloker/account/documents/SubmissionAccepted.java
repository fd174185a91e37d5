package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import id.infoloker.events.AccountStatus;
import java.util.List;

/** @param submission counts from 1 per account; a re-submission after a revision request is 2, and so on */
public record SubmissionAccepted(int submission, List<DocumentType> documentTypes, AccountStatus status) {
}
