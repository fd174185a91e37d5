package id.infoloker.verification.cases;

import id.infoloker.verification.checks.CaseChecks;
import id.infoloker.verification.checks.CheckView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns cases into views, with their latest documents and automatic checks (messages in the caller's language). */
@Component
public class CaseViews {

    private final SubmittedDocumentsRepository documents;
    private final CaseChecks checks;

    CaseViews(SubmittedDocumentsRepository documents, CaseChecks checks) {
        this.documents = documents;
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    public CaseView of(VerificationCase verificationCase) {
        return of(List.of(verificationCase)).get(0);
    }

    @Transactional(readOnly = true)
    public List<CaseView> of(List<VerificationCase> cases) {
        Map<UUID, SubmittedDocuments> byAccount = documents
                .findAllById(cases.stream().map(VerificationCase::accountId).toList()).stream()
                .collect(Collectors.toMap(SubmittedDocuments::accountId, Function.identity()));
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, List<CheckView>> checksByCase = checks.of(cases.stream().map(VerificationCase::id).toList(), locale);
        return cases.stream()
                .map(c -> view(c, byAccount.get(c.accountId()), checksByCase.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static CaseView view(VerificationCase c, SubmittedDocuments submitted, List<CheckView> checks) {
        CaseView.Documents documents = submitted == null ? null
                : new CaseView.Documents(submitted.documentTypes(), submitted.submission(), submitted.submittedAt());
        return new CaseView(c.id(), c.accountId(), c.accountType(), c.displayName(), c.kecamatanCode(),
                c.registeredAt(), c.status(), c.claimedBy(), c.leaseExpiresAt(), c.outcome(), c.decidedAt(),
                documents, c.documentsComplete(), checks);
    }
}
