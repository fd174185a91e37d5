package id.infoloker.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataSealsTest {

    private final Map<UUID, SecretKey> vault = new HashMap<>();
    private final PersonalDataKeys keys = new PersonalDataKeys() {
        @Override
        public Map<UUID, SecretKey> keysOf(Collection<UUID> accountIds) {
            Map<UUID, SecretKey> found = new HashMap<>();
            accountIds.stream().filter(vault::containsKey).forEach(id -> found.put(id, vault.get(id)));
            return found;
        }
    };
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final PersonalDataSeals seals = new PersonalDataSeals(keys, json);

    @Test
    void aSealedRegistrationCarriesNoPersonalValueInItsJsonAndOpensToTheOriginal() {
        AccountRegistered plain = registration(UUID.randomUUID());
        vault.put(plain.accountId(), PersonalDataCipher.newKey());

        AccountRegistered sealed = seals.seal(plain);
        String onTheWire = json.writeValueAsString(sealed);

        assertThat(onTheWire).doesNotContain("Wiryawan", "3215012304990007", "wiryawan@", "81299990007",
                "Cikampek", "1999-04-23");
        assertThat(onTheWire).contains("\"kecamatanCode\":\"321501\"", "\"personalData\":\"pdp1.");
        assertThat(seals.open(json.readValue(onTheWire, AccountRegistered.class))).contains(plain);
    }

    @Test
    void onceTheKeyIsDestroyedNoCopyOfTheEventOpensAnyMore() {
        AccountRegistered plain = registration(UUID.randomUUID());
        AccountRegistered other = registration(UUID.randomUUID());
        vault.put(plain.accountId(), PersonalDataCipher.newKey());
        vault.put(other.accountId(), PersonalDataCipher.newKey());
        AccountRegistered sealed = seals.seal(plain);
        AccountRegistered otherSealed = seals.seal(other);

        vault.remove(plain.accountId());

        assertThat(seals.open(sealed)).isEmpty();
        assertThat(seals.openAll(List.of(sealed, otherSealed))).containsExactly(other);
    }

    @Test
    void aStatusChangeOfAnErasedPersonOpensWithoutNameOrNote() {
        UUID id = UUID.randomUUID();
        vault.put(id, PersonalDataCipher.newKey());
        AccountStatusChanged plain = new AccountStatusChanged(id, AccountType.JOB_SEEKER, AccountStatus.REJECTED,
                AccountStatus.PENDING_VERIFICATION, "Budi Wiryawan", "NIK_MISMATCH", "KTP milik Budi Wiryawan buram",
                List.of(), Instant.parse("2026-09-14T03:00:00Z"));
        AccountStatusChanged sealed = seals.seal(plain);
        assertThat(json.writeValueAsString(sealed)).doesNotContain("Wiryawan");
        assertThat(seals.open(sealed)).isEqualTo(plain);

        vault.remove(id);

        AccountStatusChanged opened = seals.open(sealed);
        assertThat(opened.displayName()).isNull();
        assertThat(opened.note()).isNull();
        assertThat(opened.status()).isEqualTo(AccountStatus.REJECTED);
    }

    @Test
    void aSealCannotBeOpenedAsAnotherPersonsOrAfterTampering() {
        SecretKey key = PersonalDataCipher.newKey();
        UUID owner = UUID.randomUUID();
        String sealed = PersonalDataCipher.seal(key, "Budi".getBytes(), owner);

        assertThatThrownBy(() -> PersonalDataCipher.open(key, sealed, UUID.randomUUID()))
                .isInstanceOf(UnreadableSealException.class);
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> PersonalDataCipher.open(key, tampered, owner))
                .isInstanceOf(UnreadableSealException.class);
        assertThat(new String(PersonalDataCipher.open(key, sealed, owner))).isEqualTo("Budi");
    }

    private static AccountRegistered registration(UUID id) {
        return new AccountRegistered(id, AccountType.JOB_SEEKER, "Budi Wiryawan", "wiryawan@example.id",
                "+6281299990007", "id", "321501",
                new AccountRegistered.JobSeeker("3215012304990007", "Cikampek", LocalDate.of(1999, 4, 23), "M", "SMK"),
                null, Instant.parse("2026-09-14T01:00:00Z"));
    }
}
