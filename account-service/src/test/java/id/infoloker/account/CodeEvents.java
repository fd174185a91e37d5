package id.infoloker.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what account-service handed to notification-service: the one-time code events in the outbox. */
public final class CodeEvents {

    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{6})\"");

    private final JdbcTemplate jdbc;

    public CodeEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The code events of the account, oldest first (payload JSON). */
    public List<String> events(UUID accountId) {
        return jdbc.queryForList("""
                SELECT payload FROM outbox_event WHERE topic = 'account.one-time-code-requested.v1' AND record_key = ?
                ORDER BY position
                """, String.class, accountId.toString());
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
