package id.infoloker.verification.checks;

import id.infoloker.identity.Nik;

/**
 * Whether the NIK was issued in the regency. A NIK from elsewhere is common (people move for work) and is only a
 * WARN: the domicile is the kecamatan the person stated, which the verifier compares with the documents.
 */
final class NikRegionPolicy {

    private final String regencyCode;
    private final String regencyName;

    NikRegionPolicy(String regencyCode, String regencyName) {
        this.regencyCode = regencyCode;
        this.regencyName = regencyName;
    }

    /** Empty when the NIK cannot be read at all (the structure check already fails it). */
    java.util.Optional<CheckResult> check(String nik, String statedKecamatan) {
        return Nik.parse(nik).map(parsed -> {
            if (regencyCode.equals(parsed.regencyCode())) {
                return CheckResult.pass(CheckCode.NIK_REGION, "check.nik-region.inside", regencyName,
                        parsed.regencyCode());
            }
            String domicile = statedKecamatan == null || statedKecamatan.isBlank() ? "-" : statedKecamatan;
            return CheckResult.warn(CheckCode.NIK_REGION, "check.nik-region.outside", regencyName,
                    parsed.regencyCode(), domicile);
        });
    }
}
