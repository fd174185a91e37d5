package id.infoloker.kit.privacy;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.VerificationDecided;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.SecretKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals the personal fields of account events with the person's key before they reach the outbox, and opens them
 * again in consumers. An event whose key is gone belongs to an erased person: {@link #open(AccountRegistered)} (and
 * the other {@code open}s answering {@link Optional}) answer empty and the consumer must not act on it. Events written
 * before sealing (plain fields, no {@code personalData}) pass through unchanged. Every event naming a person goes
 * through here: registrations, status changes, one-time codes, contact changes, identity corrections, verification
 * decisions' notes, employers' notes on applications and feedback replies.
 */
public class PersonalDataSeals {

    private final PersonalDataKeys keys;
    private final JsonMapper json;

    public PersonalDataSeals(PersonalDataKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    public AccountRegistered seal(AccountRegistered event) {
        return event.sealedAs(seal(event.accountId(), event.personal()));
    }

    public AccountStatusChanged seal(AccountStatusChanged event) {
        return event.hasPersonalData() ? event.sealedAs(seal(event.accountId(), event.personal())) : event;
    }

    public OneTimeCodeRequested seal(OneTimeCodeRequested event) {
        return event.sealedAs(seal(event.accountId(), event.personal()));
    }

    public AccountContactChanged seal(AccountContactChanged event) {
        return event.sealedAs(seal(event.accountId(), event.personal()));
    }

    public AccountIdentityCorrectionRequested seal(AccountIdentityCorrectionRequested event) {
        return event.sealedAs(seal(event.accountId(), event.personal()));
    }

    /** A decision without a note names nobody and stays as it is. */
    public VerificationDecided seal(VerificationDecided event) {
        return event.hasPersonalData() ? event.sealedAs(seal(event.accountId(), event.personal())) : event;
    }

    public FeedbackReplied seal(FeedbackReplied event) {
        return event.sealedAs(seal(event.accountId(), event.personal()));
    }

    /**
     * The employer's notes to the job seeker, sealed with the job seeker's key. Without a key (the job seeker was
     * erased; the application lives on under a pseudonym) nobody could ever read them: they are left out.
     */
    public ApplicationStatusChanged seal(ApplicationStatusChanged event) {
        if (!event.hasPersonalData()) {
            return event;
        }
        return event.sealedAs(keys.keyOf(event.jobSeekerId())
                .map(key -> PersonalDataCipher.seal(key, json.writeValueAsBytes(event.personal()), event.jobSeekerId()))
                .orElse(null));
    }

    private String seal(UUID accountId, Object personal) {
        SecretKey key = keys.keyOf(accountId).orElseThrow(() -> new IllegalStateException(
                "Account " + accountId + " has no personal-data key (erased?)"));
        return PersonalDataCipher.seal(key, json.writeValueAsBytes(personal), accountId);
    }

    /** The registration with its personal fields, or empty if the person was erased (their key is gone). */
    public Optional<AccountRegistered> open(AccountRegistered event) {
        if (event.personalData() == null) {
            return Optional.of(event);
        }
        return keys.keyOf(event.accountId())
                .map(key -> event.openedWith(read(key, event.accountId(), event.personalData(),
                        AccountRegistered.Personal.class)));
    }

    /** {@link #open(AccountRegistered)} for a batch, keys looked up together; erased people's events are left out. */
    public List<AccountRegistered> openAll(List<AccountRegistered> events) {
        Map<UUID, SecretKey> found = keys.keysOf(events.stream().filter(e -> e.personalData() != null)
                .map(AccountRegistered::accountId).distinct().toList());
        List<AccountRegistered> opened = new ArrayList<>(events.size());
        for (AccountRegistered event : events) {
            if (event.personalData() == null) {
                opened.add(event);
            } else if (found.containsKey(event.accountId())) {
                opened.add(event.openedWith(read(found.get(event.accountId()), event.accountId(),
                        event.personalData(), AccountRegistered.Personal.class)));
            }
        }
        return opened;
    }

    /** The status change with name and note, or without them if the person was erased. */
    public AccountStatusChanged open(AccountStatusChanged event) {
        if (event.personalData() == null) {
            return event;
        }
        return event.openedWith(keys.keyOf(event.accountId())
                .map(key -> read(key, event.accountId(), event.personalData(), AccountStatusChanged.Personal.class))
                .orElse(null));
    }

    /** The code with its address, or empty if the person was erased. */
    public Optional<OneTimeCodeRequested> open(OneTimeCodeRequested event) {
        return opened(event, event.accountId(), event.personalData(), OneTimeCodeRequested.Personal.class,
                event::openedWith);
    }

    /** The new contacts, or empty if the person was erased. */
    public Optional<AccountContactChanged> open(AccountContactChanged event) {
        return opened(event, event.accountId(), event.personalData(), AccountContactChanged.Personal.class,
                event::openedWith);
    }

    /** Both identities, or empty if the person was erased. */
    public Optional<AccountIdentityCorrectionRequested> open(AccountIdentityCorrectionRequested event) {
        return opened(event, event.accountId(), event.personalData(),
                AccountIdentityCorrectionRequested.Personal.class, event::openedWith);
    }

    /** The decision with its note, or without it if the person was erased (the decision itself still counts). */
    public VerificationDecided open(VerificationDecided event) {
        if (event.personalData() == null) {
            return event;
        }
        return event.openedWith(keys.keyOf(event.accountId())
                .map(key -> read(key, event.accountId(), event.personalData(), VerificationDecided.Personal.class))
                .orElse(null));
    }

    /** The move with the employer's notes, or without them if the job seeker was erased. */
    public ApplicationStatusChanged open(ApplicationStatusChanged event) {
        if (event.personalData() == null) {
            return event;
        }
        return event.openedWith(keys.keyOf(event.jobSeekerId())
                .map(key -> read(key, event.jobSeekerId(), event.personalData(),
                        ApplicationStatusChanged.Personal.class))
                .orElse(null));
    }

    /** The reply, or empty if the person was erased (nobody to tell). */
    public Optional<FeedbackReplied> open(FeedbackReplied event) {
        return opened(event, event.accountId(), event.personalData(), FeedbackReplied.Personal.class,
                event::openedWith);
    }

    private <E, P> Optional<E> opened(E event, UUID accountId, String sealed, Class<P> type, Function<P, E> open) {
        if (sealed == null) {
            return Optional.of(event);
        }
        return keys.keyOf(accountId).map(key -> open.apply(read(key, accountId, sealed, type)));
    }

    /** The person was erased: no cached key of theirs may open anything any more. */
    public void forget(UUID accountId) {
        keys.forget(accountId);
    }

    private <T> T read(SecretKey key, UUID accountId, String sealed, Class<T> type) {
        byte[] plain = PersonalDataCipher.open(key, sealed, accountId);
        try {
            return json.readValue(plain, type);
        } catch (JacksonException e) {
            throw new UnreadableSealException("its content is not a " + type.getSimpleName());
        }
    }
}
