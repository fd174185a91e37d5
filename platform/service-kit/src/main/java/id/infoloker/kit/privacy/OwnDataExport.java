package id.infoloker.kit.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's part of a person's export (UU PDP right of access): named sections, each every row a query finds for the
 * account, as PostgreSQL's own JSON of the row ({@code SELECT to_jsonb(t) ... WHERE ... = ?}), so a column added
 * later is exported without anyone remembering to. Read-only; call in a read-only transaction.
 */
public final class OwnDataExport {

    private OwnDataExport() {
    }

    /** @param sections section name to a query with one parameter (the account id) returning one jsonb column */
    public static ObjectNode collect(JdbcTemplate jdbc, JsonMapper json, UUID accountId, Map<String, String> sections) {
        ObjectNode export = json.createObjectNode();
        export.put("accountId", accountId.toString());
        for (Map.Entry<String, String> section : new LinkedHashMap<>(sections).entrySet()) {
            ArrayNode rows = export.putArray(section.getKey());
            jdbc.query(section.getValue(), rs -> {
                JsonNode row = json.readTree(rs.getString(1));
                rows.add(row);
            }, accountId);
        }
        return export;
    }
}
