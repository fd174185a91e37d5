package id.infoloker.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
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
    void recoveryEventsCarryNoAddressCodeOrIdentityOnTheWireAndOpenOnlyWhileTheKeyExists() {
        UUID id = UUID.randomUUID();
        vault.put(id, PersonalDataCipher.newKey());
        Instant now = Instant.parse("2026-09-14T03:00:00Z");
        OneTimeCodeRequested code = new OneTimeCodeRequested(id, OneTimeCodeRequested.PASSWORD_RESET,
                OneTimeCodeRequested.EMAIL, "wiryawan@example.id", "482913", "id", "Budi Wiryawan",
                now.plusSeconds(600), now);
        AccountContactChanged contact = new AccountContactChanged(id, AccountType.JOB_SEEKER, "wiryawan@example.id",
                "+6281299990007", now);
        var identity = new AccountIdentityCorrectionRequested.Identity("Budi Wiryawan", "3215012304990007",
                "Cikampek", LocalDate.of(1999, 4, 23), "M");
        var corrected = new AccountIdentityCorrectionRequested.Identity("Budi Wiryawan Putra", "3215012304990008",
                "Cikampek", LocalDate.of(1999, 4, 23), "M");
        AccountIdentityCorrectionRequested correction = new AccountIdentityCorrectionRequested(id,
                AccountType.JOB_SEEKER, identity, corrected, AccountIdentityCorrectionRequested.KOREKSI_DATA, now);
        FeedbackReplied reply = new FeedbackReplied(UUID.randomUUID(), id, "QUESTION", "Halo Budi Wiryawan", now);

        OneTimeCodeRequested sealedCode = json.readValue(json.writeValueAsString(seals.seal(code)),
                OneTimeCodeRequested.class);
        AccountContactChanged sealedContact = json.readValue(json.writeValueAsString(seals.seal(contact)),
                AccountContactChanged.class);
        AccountIdentityCorrectionRequested sealedCorrection = json.readValue(
                json.writeValueAsString(seals.seal(correction)), AccountIdentityCorrectionRequested.class);
        FeedbackReplied sealedReply = json.readValue(json.writeValueAsString(seals.seal(reply)),
                FeedbackReplied.class);
        for (Object onTheWire : List.of(sealedCode, sealedContact, sealedCorrection, sealedReply)) {
            assertThat(json.writeValueAsString(onTheWire)).doesNotContain("Wiryawan", "wiryawan@", "81299990007",
                    "482913", "3215012304990007", "Cikampek").contains("\"personalData\":\"pdp1.");
        }
        assertThat(seals.open(sealedCode)).contains(code);
        assertThat(seals.open(sealedContact)).contains(contact);
        assertThat(seals.open(sealedCorrection)).contains(correction);
        assertThat(seals.open(sealedReply)).contains(reply);

        vault.remove(id);

        assertThat(seals.open(sealedCode)).isEmpty();
        assertThat(seals.open(sealedContact)).isEmpty();
        assertThat(seals.open(sealedCorrection)).isEmpty();
        assertThat(seals.open(sealedReply)).isEmpty();
    }

    @Test
    void aVerifiersNoteIsSealedAndADecisionWithoutOneStaysPlain() {
        UUID id = UUID.randomUUID();
        vault.put(id, PersonalDataCipher.newKey());
        Instant now = Instant.parse("2026-09-14T03:00:00Z");
        VerificationDecided noted = new VerificationDecided(UUID.randomUUID(), id, VerificationOutcome.REJECTED,
                "LAINNYA", "KTP milik Budi Wiryawan buram", List.of(), UUID.randomUUID(), now);
        VerificationDecided plain = new VerificationDecided(UUID.randomUUID(), id, VerificationOutcome.APPROVED,
                null, null, List.of(), UUID.randomUUID(), now);

        VerificationDecided sealed = seals.seal(noted);

        assertThat(json.writeValueAsString(sealed)).doesNotContain("Wiryawan");
        assertThat(seals.seal(plain)).isEqualTo(plain);
        assertThat(seals.open(sealed)).isEqualTo(noted);
        vault.remove(id);
        VerificationDecided opened = seals.open(sealed);
        assertThat(opened.note()).isNull();
        assertThat(opened.outcome()).isEqualTo(VerificationOutcome.REJECTED);
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
