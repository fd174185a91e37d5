package id.infoloker.account.profile;

import id.infoloker.account.accounts.Education;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.JobSeekerProfileRepository;
import id.infoloker.account.registration.KecamatanCatalog;
import id.infoloker.kit.problem.ProblemException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a job seeker keeps current without a verifier: where they live and their education. Nothing a verifier
 * checked against the KTP changes here (identity goes through a correction request).
 */
@Service
public class ProfileEdits {

    private static final Logger log = LoggerFactory.getLogger(ProfileEdits.class);

    private final JobSeekerProfileRepository profiles;
    private final KecamatanCatalog kecamatan;

    ProfileEdits(JobSeekerProfileRepository profiles, KecamatanCatalog kecamatan) {
        this.profiles = profiles;
        this.kecamatan = kecamatan;
    }

    @Transactional
    public void change(UUID accountId, String address, String kecamatanCode, Education education) {
        if (!kecamatan.contains(kecamatanCode)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-kecamatan").onField("kecamatanCode");
        }
        JobSeekerProfile profile = profiles.findById(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
        profile.changeAddress(address.strip(), kecamatanCode);
        profile.changeEducation(education);
        log.info("Account {} changed its address or education (kecamatan {})", accountId, kecamatanCode);
    }
}
