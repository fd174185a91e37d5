package id.infoloker.account.accounts;

/** Highest completed education, the levels used on the AK/1 card. */
public enum Education {
    SD, SMP, SMA, SMK, D1, D2, D3, D4, S1, S2, S3
}
