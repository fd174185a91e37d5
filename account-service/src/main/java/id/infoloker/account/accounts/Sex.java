package id.infoloker.account.accounts;

/** As on the KTP: laki-laki (M) or perempuan (F). */
public enum Sex {
    M, F
}
