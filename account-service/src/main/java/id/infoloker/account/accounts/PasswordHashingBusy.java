package id.infoloker.account.accounts;

import id.infoloker.kit.problem.Refusal;

/** Every hashing slot stayed taken for as long as a request may wait: come back in a few seconds. */
public class PasswordHashingBusy extends Refusal {

    PasswordHashingBusy() {
        super(Kind.BUSY, "accounts-busy", null);
    }
}
