package id.infoloker.kit.privacy;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals the personal fields of account events with the person's key before they reach the outbox, and opens them
 * again in consumers. An event whose key is gone belongs to an erased person: {@link #open(AccountRegistered)} answers
 * empty and the consumer must not project it. Events written before sealing (plain fields, no {@code personalData})
 * pass through unchanged.
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
