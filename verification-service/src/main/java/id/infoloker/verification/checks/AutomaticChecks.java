package id.infoloker.verification.checks;

import id.infoloker.events.AccountType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs the policies that apply to an applicant. Pure: the NIK index count and documents are passed in. */
@Component
public class AutomaticChecks {

    private final NikStructurePolicy nikStructure = new NikStructurePolicy();
    private final NikBirthDataPolicy nikBirthData = new NikBirthDataPolicy();
    private final NikRegionPolicy nikRegion;
    private final DuplicateNikPolicy duplicateNik = new DuplicateNikPolicy();
    private final RequiredDocumentsPolicy requiredDocuments = new RequiredDocumentsPolicy();
    private final NpwpPolicy npwp = new NpwpPolicy();
    private final NibPolicy nib = new NibPolicy();

    public AutomaticChecks(CheckProperties properties) {
        this.nikRegion = new NikRegionPolicy(properties.regencyCode(), properties.regencyName());
    }

    /** The checks of the registration data (everything but the documents, which come later and change). */
    public List<CheckResult> ofRegistration(Applicant applicant, long otherAccountsWithTheSameNik) {
        List<CheckResult> results = new ArrayList<>();
        if (applicant.accountType() == AccountType.JOB_SEEKER) {
            results.add(nikStructure.check(applicant.nik()));
            results.add(nikBirthData.check(applicant.nik(), applicant.birthDate(), applicant.sex()));
            nikRegion.check(applicant.nik(), applicant.kecamatanCode()).ifPresent(results::add);
            if (applicant.nik() != null && !applicant.nik().isBlank()) {
                results.add(duplicateNik.check(otherAccountsWithTheSameNik));
            }
        } else if (applicant.accountType() == AccountType.EMPLOYER) {
            results.add(npwp.check(applicant.npwp()));
            results.add(nib.check(applicant.nib()));
        }
        return results;
    }

    public CheckResult ofDocuments(AccountType type, Collection<String> submitted) {
        return requiredDocuments.check(type, submitted);
    }
}
