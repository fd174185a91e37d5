package id.infoloker.account.profile;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmployerProfile;
import id.infoloker.account.accounts.EmployerProfileRepository;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.registration.KecamatanCatalog;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An account with its profile as a response, with the NIK shown as {@link NikVisibility} allows. */
@Component
public class AccountViews {

    private final AccountRepository accounts;
    private final JobSeekerProfileRepository jobSeekers;
    private final EmployerProfileRepository employers;
    private final KecamatanCatalog kecamatan;
    private final NextStep nextStep;

    AccountViews(AccountRepository accounts, JobSeekerProfileRepository jobSeekers,
                 EmployerProfileRepository employers, KecamatanCatalog kecamatan, NextStep nextStep) {
        this.accounts = accounts;
        this.jobSeekers = jobSeekers;
        this.employers = employers;
        this.kecamatan = kecamatan;
        this.nextStep = nextStep;
    }

    /** @return the view, or empty if there is no such account or it was erased */
    @Transactional(readOnly = true)
    public Optional<MyAccountView> of(UUID accountId, NikVisibility.Level nik) {
        return accounts.findById(accountId)
                .filter(found -> found.status() != AccountStatus.ERASED)
                .map(account -> view(account, nik));
    }

    private MyAccountView view(Account account, NikVisibility.Level nik) {
        MyAccountView.JobSeeker jobSeeker = account.type() == AccountType.JOB_SEEKER
                ? jobSeekers.findById(account.id()).map(profile -> jobSeekerView(profile, nik)).orElse(null)
                : null;
        MyAccountView.Employer employer = account.type() == AccountType.EMPLOYER
                ? employers.findById(account.id()).map(this::employerView).orElse(null)
                : null;
        return new MyAccountView(account.id(), account.type(), account.displayName(), account.email(),
                account.phone(), account.preferredLanguage(), account.status(), account.statusReasonCode(),
                account.statusNote(), account.documentsToRedo(), account.statusChangedAt(),
                nextStep.of(account, LocaleContextHolder.getLocale()), account.createdAt(), jobSeeker, employer);
    }

    private MyAccountView.JobSeeker jobSeekerView(JobSeekerProfile profile, NikVisibility.Level nik) {
        return new MyAccountView.JobSeeker(NikVisibility.apply(nik, profile.nik()), profile.birthPlace(),
                profile.birthDate(), profile.sex().name(), profile.address(), profile.kecamatanCode(),
                kecamatanName(profile.kecamatanCode()), profile.education().name());
    }

    private MyAccountView.Employer employerView(EmployerProfile profile) {
        return new MyAccountView.Employer(profile.companyName(), profile.nib(), profile.npwp(), profile.address(),
                profile.kecamatanCode(), kecamatanName(profile.kecamatanCode()), profile.contactPerson());
    }

    private String kecamatanName(String code) {
        return kecamatan.find(code).map(KecamatanCatalog.Kecamatan::name).orElse(null);
    }
}
