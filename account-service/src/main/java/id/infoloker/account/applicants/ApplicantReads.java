package id.infoloker.account.applicants;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.career.CareerProfile;
import id.infoloker.account.career.CareerProfiles;
import id.infoloker.account.documents.DocumentService;
import id.infoloker.account.registration.KecamatanCatalog;
import id.infoloker.events.AccountStatus;
import id.infoloker.identity.DocumentType;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's reads of an applicant: only the employer of the application's vacancy, only while the application is
 * open ({@link ApplicantAccess}); anyone else, and any guessed id, gets the same 404. Each read writes its audit row in
 * the read's transaction: no audit row, no data.
 */
@Service
class ApplicantReads {

    private static final Logger log = LoggerFactory.getLogger(ApplicantReads.class);

    private final ApplicantAccess access;
    private final ApplicantReadAudit audit;
    private final AccountRepository accounts;
    private final JobSeekerProfileRepository jobSeekers;
    private final CareerProfiles careers;
    private final DocumentService documents;
    private final KecamatanCatalog kecamatan;
    private final Clock clock;

    ApplicantReads(ApplicantAccess access, ApplicantReadAudit audit, AccountRepository accounts,
                   JobSeekerProfileRepository jobSeekers, CareerProfiles careers, DocumentService documents,
                   KecamatanCatalog kecamatan, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.jobSeekers = jobSeekers;
        this.careers = careers;
        this.documents = documents;
        this.kecamatan = kecamatan;
        this.clock = clock;
    }

    @Transactional
    ApplicantView profile(UUID employerId, UUID applicationId) {
        Account applicant = applicant(employerId, applicationId);
        JobSeekerProfile profile = jobSeekers.findById(applicant.id()).orElseThrow(ApplicantReads::notFound);
        var cv = documents.current(applicant.id(), DocumentType.CV);
        audit.record(applicant.id(), applicationId, employerId, "PROFILE", null, Instant.now(clock));
        log.info("Employer {} read the profile of the applicant of application {}", employerId, applicationId);
        return new ApplicantView(applicationId, applicant.id(), applicant.displayName(), applicant.email(),
                applicant.phone(), profile.kecamatanCode(),
                kecamatan.find(profile.kecamatanCode()).map(KecamatanCatalog.Kecamatan::name).orElse(null),
                profile.education().name(),
                careers.of(applicant.id()).orElse(CareerProfile.EMPTY).asSeenByEmployer(), cv.orElse(null),
                cv.isPresent() ? "/api/accounts/applicants/" + applicationId + "/cv" : null);
    }

    @Transactional
    DocumentService.Content cv(UUID employerId, UUID applicationId) {
        Account applicant = applicant(employerId, applicationId);
        DocumentService.Content content = documents.currentContent(applicant.id(), DocumentType.CV)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "document-not-found"));
        audit.record(applicant.id(), applicationId, employerId, "CV", content.document().id(), Instant.now(clock));
        log.info("Employer {} read the CV of the applicant of application {}", employerId, applicationId);
        return content;
    }

    private Account applicant(UUID employerId, UUID applicationId) {
        return access.openApplicantOf(employerId, applicationId).flatMap(accounts::findById)
                .filter(account -> account.status() != AccountStatus.ERASED)
                .orElseThrow(ApplicantReads::notFound);
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "applicant-not-found");
    }
}
