package id.infoloker.events;

public enum AccountType {
    JOB_SEEKER, EMPLOYER, VERIFIER, ADMIN
}
