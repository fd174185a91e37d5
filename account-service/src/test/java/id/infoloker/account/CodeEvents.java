package id.infoloker.account;

import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.kit.privacy.PersonalDataSeals;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what account-service handed to notification-service: the one-time code events in the outbox, as they travel
 * (sealed) and as notification-service opens them.
 */
public final class CodeEvents {

    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{6})\"");

    private final JdbcTemplate jdbc;
    private final PersonalDataSeals seals;
    private final JsonMapper json;

    public CodeEvents(JdbcTemplate jdbc, PersonalDataSeals seals, JsonMapper json) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.json = json;
    }

    /** The code events of the account, oldest first, as they are in the outbox and on the topic (payload JSON). */
    public List<String> sealedEvents(UUID accountId) {
        return jdbc.queryForList("""
                SELECT payload FROM outbox_event WHERE topic = 'account.one-time-code-requested.v1' AND record_key = ?
                ORDER BY position
                """, String.class, accountId.toString());
    }

    /** The code events of the account, oldest first, opened with the person's key (payload JSON). */
    public List<String> events(UUID accountId) {
        return sealedEvents(accountId).stream()
                .map(payload -> seals.open(json.readValue(payload, OneTimeCodeRequested.class)).orElseThrow())
                .map(json::writeValueAsString)
                .toList();
    }

    /** The code in the account's latest code event. */
    public String latest(UUID accountId) {
        List<String> events = events(accountId);
        if (events.isEmpty()) {
            throw new AssertionError("No code was sent to account " + accountId);
        }
        return codeIn(events.get(events.size() - 1));
    }

    /** The code a code event carries. */
    public static String codeIn(String event) {
        Matcher matcher = CODE.matcher(event);
        if (!matcher.find()) {
            throw new AssertionError("No code in the event");
        }
        return matcher.group(1);
    }

    /** A six-digit code other than {@code code}. */
    public static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    public Map<String, Object> storedCode(UUID accountId, String purpose) {
        return jdbc.queryForMap("SELECT * FROM one_time_code WHERE account_id = ? AND purpose = ?", accountId,
                purpose);
    }
}
