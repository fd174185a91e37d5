package id.infoloker.account.shredding;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import org.springframework.stereotype.Component;

/**
 * The only way account events reach the outbox: personal fields sealed with the person's key first, so neither the
 * outbox table nor any Kafka topic (nor a {@code .dlt}) ever holds them readable. Call inside the state change's
 * transaction.
 */
@Component
public class AccountEvents {

    private final Outbox outbox;
    private final PersonalDataVault vault;
    private final PersonalDataSeals seals;

    AccountEvents(Outbox outbox, PersonalDataVault vault, PersonalDataSeals seals) {
        this.outbox = outbox;
        this.vault = vault;
        this.seals = seals;
    }

    /** A new account: its key is created here, in the registration's transaction. */
    public void registered(AccountRegistered event) {
        vault.createFor(event.accountId());
        outbox.publish(Topics.ACCOUNT_REGISTERED, event.accountId(), seals.seal(event));
    }

    public void statusChanged(AccountStatusChanged event) {
        outbox.publish(Topics.ACCOUNT_STATUS_CHANGED, event.accountId(), seals.seal(event));
    }

    /**
     * A code and the address it goes to. Staff accounts (created without a registration) get their key here, the
     * first time something of theirs is sealed.
     */
    public void oneTimeCodeRequested(OneTimeCodeRequested event) {
        vault.ensureFor(event.accountId());
        outbox.publish(Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED, event.accountId(), seals.seal(event));
    }

    public void contactChanged(AccountContactChanged event) {
        vault.ensureFor(event.accountId());
        outbox.publish(Topics.ACCOUNT_CONTACT_CHANGED, event.accountId(), seals.seal(event));
    }

    public void identityCorrectionRequested(AccountIdentityCorrectionRequested event) {
        outbox.publish(Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED, event.accountId(), seals.seal(event));
    }
}
