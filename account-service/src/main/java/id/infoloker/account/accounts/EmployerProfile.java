package id.infoloker.account.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The company behind an employer account, as registered. NIB and NPWP are digits only. */
@Entity
@Table(name = "employer_profile")
public class EmployerProfile {

    @Id
    private UUID accountId;

    private String companyName;
    private String nib;
    private String npwp;
    private String address;
    private String kecamatanCode;
    private String contactPerson;
    private Instant consentGivenAt;
    private String consentVersion;

    @Version
    private Long version;

    protected EmployerProfile() {
    }

    public EmployerProfile(UUID accountId, String companyName, String nib, String npwp, String address,
                           String kecamatanCode, String contactPerson, Instant consentGivenAt,
                           String consentVersion) {
        this.accountId = Objects.requireNonNull(accountId);
        this.companyName = Objects.requireNonNull(companyName);
        this.nib = Objects.requireNonNull(nib);
        this.npwp = Objects.requireNonNull(npwp);
        this.address = Objects.requireNonNull(address);
        this.kecamatanCode = Objects.requireNonNull(kecamatanCode);
        this.contactPerson = Objects.requireNonNull(contactPerson);
        this.consentGivenAt = Objects.requireNonNull(consentGivenAt);
        this.consentVersion = Objects.requireNonNull(consentVersion);
    }

    public UUID accountId() {
        return accountId;
    }

    public String companyName() {
        return companyName;
    }

    public String nib() {
        return nib;
    }

    public String npwp() {
        return npwp;
    }

    public String address() {
        return address;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public Instant consentGivenAt() {
        return consentGivenAt;
    }

    public String consentVersion() {
        return consentVersion;
    }
}
