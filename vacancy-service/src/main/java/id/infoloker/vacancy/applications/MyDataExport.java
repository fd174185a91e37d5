package id.infoloker.vacancy.applications;

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
 * account as projected here, the kecamatan kept for the hires counts, every application with its vacancy's title,
 * and an employer's own vacancies.
 */
@Component
class MyDataExport {

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("account", "SELECT to_jsonb(p) FROM account_projection p WHERE p.account_id = ?");
        SECTIONS.put("domicile", "SELECT to_jsonb(d) FROM account_domicile d WHERE d.account_id = ?");
        SECTIONS.put("applications", "SELECT to_jsonb(a) || jsonb_build_object('vacancyTitle', v.title,"
                + " 'companyName', v.company_name, 'employerId', v.employer_id) FROM application a"
                + " JOIN vacancy v ON v.id = a.vacancy_id WHERE a.job_seeker_id = ? ORDER BY a.submitted_at");
        SECTIONS.put("applicationHistory", "SELECT to_jsonb(h) FROM application_status_history h"
                + " JOIN application a ON a.id = h.application_id WHERE a.job_seeker_id = ? ORDER BY h.changed_at, h.id");
        SECTIONS.put("interviews", "SELECT to_jsonb(i) FROM interview i JOIN application a ON a.id = i.application_id"
                + " WHERE a.job_seeker_id = ?");
        SECTIONS.put("reports", "SELECT to_jsonb(r) FROM vacancy_report r WHERE r.reporter_account_id = ?"
                + " ORDER BY r.created_at");
        SECTIONS.put("vacancies", "SELECT to_jsonb(v) - 'search' FROM vacancy v WHERE v.employer_id = ?"
                + " ORDER BY v.created_at");
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
