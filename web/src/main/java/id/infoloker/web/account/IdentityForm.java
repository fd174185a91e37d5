package id.infoloker.web.account;

/** The identity-correction form: the values as they should be, prefilled with the registered ones. */
public record IdentityForm(String fullName, String nik, String birthPlace, String birthDate, String sex) {

    static IdentityForm of(AccountApi.MyAccount account) {
        AccountApi.JobSeeker person = account.jobSeeker();
        return new IdentityForm(account.fullName(), person.nik(), person.birthPlace(),
                person.birthDate() == null ? "" : person.birthDate().toString(), person.sex());
    }

    /** Blank fields go as null (account-service says "wajib diisi"); a NIK copied with spaces or dots counts. */
    AccountApi.CorrectionRequest asRequest() {
        String digits = orNull(nik);
        return new AccountApi.CorrectionRequest(orNull(fullName),
                digits == null ? null : digits.replaceAll("[\\s.\\-]", ""), orNull(birthPlace), orNull(birthDate),
                orNull(sex));
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "IdentityForm[<personal data hidden>]";
    }
}
