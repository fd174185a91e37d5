package id.infoloker.verification.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns cases into views, with their latest documents. */
@Component
public class CaseViews {

    private final SubmittedDocumentsRepository documents;

    CaseViews(SubmittedDocumentsRepository documents) {
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public CaseView of(VerificationCase verificationCase) {
        return view(verificationCase, documents.findById(verificationCase.accountId()).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<CaseView> of(List<VerificationCase> cases) {
        Map<UUID, SubmittedDocuments> byAccount = documents
                .findAllById(cases.stream().map(VerificationCase::accountId).toList()).stream()
                .collect(Collectors.toMap(SubmittedDocuments::accountId, Function.identity()));
        return cases.stream().map(c -> view(c, byAccount.get(c.accountId()))).toList();
    }

    private static CaseView view(VerificationCase c, SubmittedDocuments submitted) {
        CaseView.Documents documents = submitted == null ? null
                : new CaseView.Documents(submitted.documentTypes(), submitted.submission(), submitted.submittedAt());
        return new CaseView(c.id(), c.accountId(), c.accountType(), c.displayName(), c.kecamatanCode(),
                c.registeredAt(), c.status(), c.claimedBy(), c.leaseExpiresAt(), c.outcome(), c.decidedAt(),
                documents);
    }
}
