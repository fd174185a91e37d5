package id.infoloker.account.privacy;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.applicants.ApplicantReadAudit;
import id.infoloker.account.career.CareerProfiles;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmployerProfile;
import id.infoloker.account.accounts.EmployerProfileRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.ak1.Ak1Cards;
import id.infoloker.account.auth.AccountSessions;
import id.infoloker.account.correction.IdentityCorrections;
import id.infoloker.account.documents.DocumentService;
import id.infoloker.account.profile.AccountViews;
import id.infoloker.account.profile.NikVisibility;
import id.infoloker.account.recovery.OneTimeCodes;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.account.shredding.PersonalDataVault;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.kit.privacy.OwnDataExport;
import id.infoloker.kit.problem.ProblemException;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights under UU PDP over what this service holds: to get all of it ({@link #export}) and to have it
 * erased ({@link #erase}). Erasure keeps only anonymous figures for the office's labour-market statistics
 * (kecamatan, education, birth year, registration date), and announces {@code ERASED} so other services drop their
 * copies.
 */
@Service
class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);
    /** Dates of the statistics are the office's calendar days. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");

    private final AccountRepository accounts;
    private final JobSeekerProfileRepository jobSeekers;
    private final EmployerProfileRepository employers;
    private final AccountViews views;
    private final DocumentService documents;
    private final AccountSessions sessions;
    private final OneTimeCodes codes;
    private final IdentityCorrections corrections;
    private final AccountEvents events;
    private final PersonalDataVault vault;
    private final Ak1Cards ak1Cards;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CareerProfiles careers;
    private final ApplicantReadAudit employerReads;
    private final ServiceExports serviceExports;
    private final JsonMapper json;

    PersonalData(AccountRepository accounts, JobSeekerProfileRepository jobSeekers,
                 EmployerProfileRepository employers, AccountViews views, DocumentService documents,
                 AccountSessions sessions, Ak1Cards ak1Cards, OneTimeCodes codes, IdentityCorrections corrections,
                 AccountEvents events, PersonalDataVault vault, JdbcTemplate jdbc, Clock clock, CareerProfiles careers,
                 ApplicantReadAudit employerReads, ServiceExports serviceExports, JsonMapper json) {
        this.careers = careers;
        this.employerReads = employerReads;
        this.accounts = accounts;
        this.jobSeekers = jobSeekers;
        this.employers = employers;
        this.views = views;
        this.documents = documents;
        this.sessions = sessions;
        this.codes = codes;
        this.corrections = corrections;
        this.events = events;
        this.vault = vault;
        this.ak1Cards = ak1Cards;
        this.jdbc = jdbc;
        this.clock = clock;
        this.serviceExports = serviceExports;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public PersonalDataExport export(UUID accountId, String authorization) {
        var account = views.of(accountId, NikVisibility.Level.FULL).orElseThrow(PersonalData::notFound);
        PersonalDataExport.Consent consent = jobSeekers.findById(accountId)
                .map(p -> new PersonalDataExport.Consent(p.consentVersion(), p.consentGivenAt()))
                .or(() -> employers.findById(accountId)
                        .map(p -> new PersonalDataExport.Consent(p.consentVersion(), p.consentGivenAt())))
                .orElse(null);
        List<PersonalDataExport.ExportedDocument> files = documents.list(accountId).stream()
                .map(document -> new PersonalDataExport.ExportedDocument(document,
                        "/api/accounts/me/documents/" + document.id()))
                .toList();
        log.info("Account {} exported its personal data", accountId);
        return new PersonalDataExport(Instant.now(clock), account, consent, files, documents.submissionsOf(accountId),
                documents.staffReadsOf(accountId), careers.of(accountId).orElse(null),
                employerReads.of(accountId), nikReadsOf(accountId), applicantAccessOf(accountId), ak1CardsOf(accountId),
                serviceExports.of(authorization));
    }

    private JsonNode nikReadsOf(UUID accountId) {
        return OwnDataExport.collect(jdbc, json, accountId, Map.of("nikReads",
                "SELECT to_jsonb(r) - 'owner_id' FROM nik_read_audit r WHERE r.owner_id = ? ORDER BY r.read_at"))
                .get("nikReads");
    }

    /** The person's AK/1 cards, each with the re-reports made on it. */
    private JsonNode ak1CardsOf(UUID accountId) {
        return OwnDataExport.collect(jdbc, json, accountId, Map.of("ak1Cards", """
                SELECT to_jsonb(c) || jsonb_build_object('reports', COALESCE((SELECT jsonb_agg(to_jsonb(r) ORDER BY r.period)
                       FROM ak1_report r WHERE r.card_id = c.id), '[]'::jsonb))
                FROM ak1_card c WHERE c.account_id = ? ORDER BY c.issued_on""")).get("ak1Cards");
    }

    /** Which employers may read the person's profile and CV (their open applications). */
    private JsonNode applicantAccessOf(UUID accountId) {
        return OwnDataExport.collect(jdbc, json, accountId, Map.of("applicantAccess",
                "SELECT to_jsonb(a) FROM applicant_access a WHERE a.job_seeker_id = ? ORDER BY a.changed_at"))
                .get("applicantAccess");
    }

    @Transactional
    public void erase(UUID accountId) {
        Account account = accounts.findForUpdate(accountId)
                .filter(found -> found.status() != AccountStatus.ERASED)
                .orElseThrow(PersonalData::notFound);
        Instant now = Instant.now(clock);
        keepAnonymousStatistics(account, now);
        int erasedDocuments = documents.eraseAllOf(accountId);
        jobSeekers.findById(accountId).ifPresent(jobSeekers::delete);
        careers.delete(accountId);
        // Which employer may read the person's profile (a projection of application events): ids, but theirs.
        jdbc.update("DELETE FROM applicant_access WHERE job_seeker_id = ?", accountId);
        employers.findById(accountId).ifPresent(employers::delete);
        sessions.forget(accountId);
        ak1Cards.forgetHolder(accountId);
        codes.forget(accountId);
        corrections.forget(accountId);
        // Crypto-shredding: every copy of the person's events (outbox, topics, .dlt, replays) was sealed with this
        // key; without it none can be read again. The relay's sent copies go too; unsent ones stay, so consumers see
        // them (unreadable, hence ignored) before the ERASED that follows them on the same key.
        vault.destroyKeyOf(accountId);
        jdbc.update("DELETE FROM outbox_event WHERE record_key = ? AND sent_at IS NOT NULL", accountId.toString());
        AccountStatus previous = account.erase(now);
        events.statusChanged(new AccountStatusChanged(accountId, account.type(), AccountStatus.ERASED, previous, null,
                null, null, List.of(), now));
        log.info("Account {} erased at its owner's request ({} documents deleted)", accountId, erasedDocuments);
    }

    private void keepAnonymousStatistics(Account account, Instant now) {
        Optional<JobSeekerProfile> jobSeeker = jobSeekers.findById(account.id());
        String kecamatan = jobSeeker.map(JobSeekerProfile::kecamatanCode)
                .or(() -> employers.findById(account.id()).map(EmployerProfile::kecamatanCode))
                .orElse(null);
        jdbc.update("""
                INSERT INTO erased_account_statistics (id, account_type, kecamatan_code, education, birth_year,
                                                       registered_on, erased_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), account.type().name(), kecamatan,
                jobSeeker.map(profile -> profile.education().name()).orElse(null),
                jobSeeker.map(profile -> profile.birthDate().getYear()).orElse(null),
                Date.valueOf(LocalDate.ofInstant(account.createdAt(), OFFICE_ZONE)),
                Date.valueOf(LocalDate.ofInstant(now, OFFICE_ZONE)));
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "account-not-found");
    }
}
