package id.infoloker.account.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What a job seeker told us about themselves at registration, as on the AK/1 card. Personal data (UU PDP). */
@Entity
@Table(name = "job_seeker_profile")
public class JobSeekerProfile {

    @Id
    private UUID accountId;

    private String nik;
    private String birthPlace;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String address;
    private String kecamatanCode;

    @Enumerated(EnumType.STRING)
    private Education education;

    private boolean nikMismatch;
    private Instant consentGivenAt;
    private String consentVersion;

    @Version
    private Long version;

    protected JobSeekerProfile() {
    }

    public JobSeekerProfile(UUID accountId, String nik, String birthPlace, LocalDate birthDate, Sex sex,
                            String address, String kecamatanCode, Education education, boolean nikMismatch,
                            Instant consentGivenAt, String consentVersion) {
        this.accountId = Objects.requireNonNull(accountId);
        this.nik = Objects.requireNonNull(nik);
        this.birthPlace = Objects.requireNonNull(birthPlace);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.sex = Objects.requireNonNull(sex);
        this.address = Objects.requireNonNull(address);
        this.kecamatanCode = Objects.requireNonNull(kecamatanCode);
        this.education = Objects.requireNonNull(education);
        this.nikMismatch = nikMismatch;
        this.consentGivenAt = Objects.requireNonNull(consentGivenAt);
        this.consentVersion = Objects.requireNonNull(consentVersion);
    }

    /** Address and education are the owner's to keep current; no verifier needs to see them again. */
    public void changeAddress(String newAddress, String newKecamatanCode) {
        this.address = Objects.requireNonNull(newAddress);
        this.kecamatanCode = Objects.requireNonNull(newKecamatanCode);
    }

    public void changeEducation(Education newEducation) {
        this.education = Objects.requireNonNull(newEducation);
    }

    /** A verifier approved the identity correction: the corrected values replace the registered ones. */
    public void correctIdentity(String newNik, String newBirthPlace, LocalDate newBirthDate, Sex newSex,
                                boolean newNikMismatch) {
        this.nik = Objects.requireNonNull(newNik);
        this.birthPlace = Objects.requireNonNull(newBirthPlace);
        this.birthDate = Objects.requireNonNull(newBirthDate);
        this.sex = Objects.requireNonNull(newSex);
        this.nikMismatch = newNikMismatch;
    }

    public UUID accountId() {
        return accountId;
    }

    public String nik() {
        return nik;
    }

    public String birthPlace() {
        return birthPlace;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String address() {
        return address;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }

    public Education education() {
        return education;
    }

    public boolean nikMismatch() {
        return nikMismatch;
    }

    public Instant consentGivenAt() {
        return consentGivenAt;
    }

    public String consentVersion() {
        return consentVersion;
    }
}
