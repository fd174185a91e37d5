package id.infoloker.verification.owner;

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
 * Everything this service holds about the caller (UU PDP right of access), for account-service's export bundle: the
 * case as held (identity data, contacts, status), the automatic checks, every decision with reason and note, the
 * documents on file, the feedback sent while signed in.
 */
@Component
class MyVerificationExport {

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("cases", "SELECT to_jsonb(c) FROM verification_case c WHERE c.account_id = ?");
        SECTIONS.put("checks", "SELECT to_jsonb(k) FROM case_check k JOIN verification_case c ON c.id = k.case_id"
                + " WHERE c.account_id = ? ORDER BY k.code");
        SECTIONS.put("decisions", "SELECT to_jsonb(d) FROM verification_decision d WHERE d.account_id = ?"
                + " ORDER BY d.decided_at");
        SECTIONS.put("submittedDocuments", "SELECT to_jsonb(s) FROM submitted_documents s WHERE s.account_id = ?");
        // The screenshot's bytes are not repeated in JSON; whether there was one is.
        SECTIONS.put("feedback", "SELECT to_jsonb(f) - 'screenshot' || jsonb_build_object('hasScreenshot',"
                + " f.screenshot IS NOT NULL) FROM feedback f WHERE f.account_id = ? ORDER BY f.created_at");
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    MyVerificationExport(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    ObjectNode of(UUID accountId) {
        return OwnDataExport.collect(jdbc, json, accountId, SECTIONS);
    }
}
