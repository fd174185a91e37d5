package id.infoloker.account.shredding;

import id.infoloker.kit.privacy.PersonalDataCipher;
import id.infoloker.kit.privacy.PersonalDataKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The owner of every person's personal-data key: created with the account (in the registration's transaction), kept
 * wrapped with the master key ({@code infoloker.privacy.master-key}, base64 of 32 bytes, from a Secret), handed to the
 * other services through {@link PersonalDataKeyController}, destroyed on erasure.
 */
@Component
public class PersonalDataVault implements PersonalDataKeys {

    private final NamedParameterJdbcTemplate jdbc;
    private final SecretKey masterKey;
    private final Clock clock;

    PersonalDataVault(NamedParameterJdbcTemplate jdbc, @Value("${infoloker.privacy.master-key}") String masterKey,
                      Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = PersonalDataCipher.keyOf(Base64.getDecoder().decode(masterKey.strip()));
        this.clock = clock;
    }

    /** A new key for a new account; call inside the transaction that creates the account. */
    public void createFor(UUID accountId) {
        insert(accountId, "");
    }

    /** A key for an account that has none yet (staff accounts are not registered); never replaces one. */
    public void ensureFor(UUID accountId) {
        insert(accountId, " ON CONFLICT (account_id) DO NOTHING");
    }

    private void insert(UUID accountId, String onConflict) {
        SecretKey key = PersonalDataCipher.newKey();
        jdbc.update("INSERT INTO personal_data_key (account_id, wrapped_key, created_at) VALUES (:id, :key, :now)"
                        + onConflict,
                new MapSqlParameterSource().addValue("id", accountId)
                        .addValue("key", PersonalDataCipher.seal(masterKey, key.getEncoded(), accountId))
                        .addValue("now", Timestamp.from(clock.instant())));
    }

    @Override
    public Map<UUID, SecretKey> keysOf(Collection<UUID> accountIds) {
        Map<UUID, SecretKey> keys = new HashMap<>();
        if (accountIds.isEmpty()) {
            return keys;
        }
        jdbc.query("SELECT account_id, wrapped_key FROM personal_data_key WHERE account_id IN (:ids)",
                new MapSqlParameterSource("ids", accountIds), rs -> {
                    UUID id = rs.getObject("account_id", UUID.class);
                    keys.put(id, PersonalDataCipher.keyOf(
                            PersonalDataCipher.open(masterKey, rs.getString("wrapped_key"), id)));
                });
        return keys;
    }

    /** Erasure: without the key nothing sealed for this person can be read again. */
    public void destroyKeyOf(UUID accountId) {
        jdbc.update("DELETE FROM personal_data_key WHERE account_id = :id", new MapSqlParameterSource("id", accountId));
    }
}
