package id.infoloker.notification.inapp;

import id.infoloker.kit.privacy.OwnDataExport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything this service holds about the caller (UU PDP right of access), for account-service's export bundle:
 * contact, every notification, every e-mail/SMS (sent, waiting or failed), channel preferences and job alerts.
 */
@Component
class MyDataExport {

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("contact", "SELECT to_jsonb(c) FROM contact c WHERE c.account_id = ?");
        SECTIONS.put("notifications", "SELECT to_jsonb(n) FROM notification n WHERE n.account_id = ?"
                + " ORDER BY n.created_at");
        SECTIONS.put("deliveries", "SELECT to_jsonb(d) FROM delivery d WHERE d.account_id = ? ORDER BY d.created_at");
        SECTIONS.put("preferences", "SELECT to_jsonb(p) FROM notification_preference p WHERE p.account_id = ?");
        SECTIONS.put("alerts", "SELECT to_jsonb(a) FROM job_alert a WHERE a.account_id = ? ORDER BY a.created_at");
        // Other people's notices that name the caller (an employer's "... melamar"): which events.
        SECTIONS.put("namedInNoticesOf", "SELECT to_jsonb(p) FROM named_person p WHERE p.account_id = ?");
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    MyDataExport(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    ObjectNode of(UUID accountId) {
        return OwnDataExport.collect(jdbc, json, accountId, SECTIONS);
    }
}
