package id.infoloker.account.profile;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.registration.KecamatanCatalog;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MyAccountController {

    private final AccountRepository accounts;
    private final JobSeekerProfileRepository profiles;
    private final KecamatanCatalog kecamatan;
    private final NextStep nextStep;

    MyAccountController(AccountRepository accounts, JobSeekerProfileRepository profiles, KecamatanCatalog kecamatan,
                        NextStep nextStep) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.kecamatan = kecamatan;
        this.nextStep = nextStep;
    }

    @GetMapping("/api/accounts/me")
    MyAccountView me(AuthenticatedAccount caller) {
        Account account = accounts.findById(caller.id())
                .filter(found -> found.status() != AccountStatus.ERASED)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
        MyAccountView.JobSeeker jobSeeker = account.type() == AccountType.JOB_SEEKER
                ? profiles.findById(account.id()).map(this::jobSeekerView).orElse(null)
                : null;
        return new MyAccountView(account.id(), account.type(), account.displayName(), account.email(),
                account.phone(), account.preferredLanguage(), account.status(), account.statusReasonCode(),
                account.statusNote(), account.documentsToRedo(), account.statusChangedAt(),
                nextStep.of(account, LocaleContextHolder.getLocale()), account.createdAt(), jobSeeker);
    }

    private MyAccountView.JobSeeker jobSeekerView(JobSeekerProfile profile) {
        String kecamatanName = kecamatan.find(profile.kecamatanCode()).map(KecamatanCatalog.Kecamatan::name)
                .orElse(null);
        return new MyAccountView.JobSeeker(profile.nik(), profile.birthPlace(), profile.birthDate(),
                profile.sex().name(), profile.address(), profile.kecamatanCode(), kecamatanName,
                profile.education().name());
    }
}
