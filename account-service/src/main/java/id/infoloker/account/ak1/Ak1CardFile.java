package id.infoloker.account.ak1;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.accounts.Sex;
import id.infoloker.account.career.CareerProfile;
import id.infoloker.account.career.CareerProfiles;
import id.infoloker.account.documents.DocumentService;
import id.infoloker.account.documents.DocumentView;
import id.infoloker.account.registration.KecamatanCatalog;
import id.infoloker.identity.DocumentType;
import id.infoloker.kit.problem.ProblemException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder's card as a PDF, with the newest pas foto they uploaded. */
@Service
class Ak1CardFile {

    private final Ak1Cards cards;
    private final AccountRepository accounts;
    private final JobSeekerProfileRepository jobSeekers;
    private final DocumentService documents;
    private final KecamatanCatalog kecamatan;
    private final CareerProfiles careerProfiles;
    private final Ak1Properties properties;

    Ak1CardFile(Ak1Cards cards, AccountRepository accounts, JobSeekerProfileRepository jobSeekers,
                DocumentService documents, KecamatanCatalog kecamatan, CareerProfiles careerProfiles,
                Ak1Properties properties) {
        this.cards = cards;
        this.accounts = accounts;
        this.jobSeekers = jobSeekers;
        this.documents = documents;
        this.kecamatan = kecamatan;
        this.careerProfiles = careerProfiles;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    byte[] pdfOf(UUID accountId) {
        Ak1Card card = cards.activeCardOf(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card"));
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card"));
        JobSeekerProfile profile = jobSeekers.findById(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card"));
        var holder = new Ak1CardPdf.Holder(account.displayName(), profile.nik(), profile.birthPlace(),
                profile.birthDate(), profile.sex() == Sex.F ? "Perempuan" : "Laki-laki", profile.education().name(),
                profile.address(), kecamatan.find(profile.kecamatanCode())
                        .map(KecamatanCatalog.Kecamatan::name).orElse(profile.kecamatanCode()),
                skillsOf(accountId), newestPhotoOf(accountId));
        return Ak1CardPdf.render(card, holder, properties.officeName(),
                properties.verificationUrl(card.verificationCode()).toString());
    }

    /** The card prints the skills of the holder's career profile, when they wrote one. */
    private List<String> skillsOf(UUID accountId) {
        return careerProfiles.of(accountId).map(CareerProfile::skills).orElse(List.of());
    }

    private byte[] newestPhotoOf(UUID accountId) {
        return documents.list(accountId).stream()
                .filter(document -> document.type() == DocumentType.PAS_FOTO)
                .max(Comparator.comparing(DocumentView::uploadedAt))
                .map(document -> documents.readOwn(accountId, document.id()).bytes())
                .orElse(null);
    }
}
