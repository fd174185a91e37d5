package id.infoloker.web.mydata;

import id.infoloker.web.backend.Backends;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;

/**
 * "Data saya" (UU PDP right of access): a readable summary of everything the platform holds about the signed-in
 * person, from account-service's export bundle (which gathers every service's part), and the bundle itself as a JSON
 * download. Personal: {@code private, no-store} like every signed-in page.
 */
@Controller
class MyDataPage {

    private final Backends backends;

    MyDataPage(Backends backends) {
        this.backends = backends;
    }

    @GetMapping("/data-saya")
    ModelAndView summary() {
        return new ModelAndView("mydata/summary").addObject("data", MyDataSummary.of(export()));
    }

    @GetMapping("/data-saya/unduh")
    ResponseEntity<String> download() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", ContentDisposition.attachment().filename("data-saya-infoloker.json")
                        .build().toString())
                .body(backends.account().get().uri("/api/accounts/me/export").retrieve().body(String.class));
    }

    private JsonNode export() {
        return backends.account().get().uri("/api/accounts/me/export").retrieve().body(JsonNode.class);
    }

    /** The summary: sections of label (a message key) and value lines. */
    record MyDataSummary(List<Section> sections) {

        record Section(String titleKey, List<Line> lines) {
        }

        record Line(String labelKey, String value) {
        }

        static MyDataSummary of(JsonNode export) {
            List<Section> sections = new ArrayList<>();
            JsonNode account = export.path("account");
            JsonNode person = account.path("jobSeeker").isObject() ? account.path("jobSeeker") : account.path("employer");
            List<Line> identity = new ArrayList<>();
            add(identity, "mydata.name", account.path("fullName"));
            add(identity, "mydata.email", account.path("email"));
            add(identity, "mydata.phone", account.path("phone"));
            add(identity, "mydata.nik", person.path("nik"));
            add(identity, "mydata.birth", person.path("birthPlace"), person.path("birthDate"));
            add(identity, "mydata.address", person.path("address"));
            add(identity, "mydata.company", person.path("companyName"));
            add(identity, "mydata.status", account.path("status"));
            add(identity, "mydata.consent", export.path("consent").path("version"), export.path("consent").path("givenAt"));
            sections.add(new Section("mydata.section.account", identity));

            List<Line> documents = new ArrayList<>();
            export.path("documents").forEach(d -> add(documents, "mydata.document", d.path("document").path("type"),
                    d.path("document").path("uploadedAt")));
            export.path("submissions").forEach(s -> add(documents, "mydata.submission", s.path("submission"),
                    s.path("submittedAt")));
            export.path("staffReads").forEach(r -> add(documents, "mydata.staff-read", r.path("documentType"),
                    r.path("readerRoles"), r.path("readAt")));
            sections.add(new Section("mydata.section.documents", documents));

            JsonNode verification = export.path("services").path("verification");
            List<Line> cases = new ArrayList<>();
            verification.path("cases").forEach(c -> add(cases, "mydata.case", c.path("status"), c.path("outcome")));
            verification.path("checks").forEach(c -> add(cases, "mydata.check", c.path("code"), c.path("verdict")));
            verification.path("decisions").forEach(d -> add(cases, "mydata.decision", d.path("outcome"),
                    d.path("reason_code"), d.path("note"), d.path("decided_at")));
            sections.add(new Section("mydata.section.verification", cases));

            List<Line> applications = new ArrayList<>();
            export.path("services").path("applications").path("applications").forEach(a -> add(applications,
                    "mydata.application", a.path("vacancyTitle"), a.path("status"), a.path("submitted_at")));
            sections.add(new Section("mydata.section.applications", applications));

            JsonNode notifications = export.path("services").path("notifications");
            List<Line> messages = new ArrayList<>();
            add(messages, "mydata.notifications", count(notifications.path("notifications")));
            add(messages, "mydata.deliveries", count(notifications.path("deliveries")));
            notifications.path("preferences").forEach(p -> add(messages, "mydata.preferences",
                    p.path("email_enabled"), p.path("sms_enabled")));
            notifications.path("alerts").forEach(a -> add(messages, "mydata.alert", a.path("kecamatan_code"),
                    a.path("education"), a.path("employment_type")));
            sections.add(new Section("mydata.section.notifications", messages));
            return new MyDataSummary(sections);
        }

        private static JsonNode count(JsonNode array) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(array.size());
        }

        private static void add(List<Line> lines, String label, JsonNode... values) {
            List<String> texts = new ArrayList<>();
            for (JsonNode value : values) {
                if (value != null && !value.isMissingNode() && !value.isNull()) {
                    texts.add(value.isArray() ? String.join(", ", value.valueStream().map(JsonNode::asString)
                            .toList()) : value.asString());
                }
            }
            if (!texts.isEmpty() && texts.stream().anyMatch(t -> !t.isBlank())) {
                lines.add(new Line(label, String.join(" · ", texts)));
            }
        }
    }
}
