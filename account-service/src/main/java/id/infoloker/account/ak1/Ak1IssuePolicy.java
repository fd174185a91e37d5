package id.infoloker.account.ak1;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;

/** Who gets an AK/1: verified job seekers only (employers and staff have no card; unverified people wait). */
final class Ak1IssuePolicy {

    private Ak1IssuePolicy() {
    }

    static boolean mayHoldACard(AccountType type, AccountStatus status) {
        return type == AccountType.JOB_SEEKER && status == AccountStatus.VERIFIED;
    }
}
