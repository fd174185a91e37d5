package id.infoloker.notification.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTemplatesTest {

    private final NotificationTemplates templates =
            new NotificationTemplates(new PortalProperties("Infoloker Purwakarta", "https://loker.purwakartakab.go.id/"));

    @ParameterizedTest
    @ValueSource(strings = {"REGISTRATION_RECEIVED", "ACCOUNT_VERIFIED", "ACCOUNT_REJECTED", "REVISION_REQUESTED",
        "APPLICATION_SUBMITTED", "APPLICATION_STATUS_CHANGED", "VACANCY_MATCH"})
    void everyKindHasATitleAndABodyInBothLanguagesWithThePortalsNameOrLink(String kind) {
        for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH}) {
            RenderedText text = templates.render(kind, locale, sample());

            assertThat(text.title()).isNotBlank().doesNotContain("[(", "${", "\n");
            assertThat(text.body()).isNotBlank().doesNotContain("[(", "${", "[/]");
            assertThat(text.body()).containsAnyOf("Infoloker Purwakarta", "https://loker.purwakartakab.go.id/");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "id, 'Selamat, Ani! Akun perusahaan Anda di Infoloker Purwakarta telah disetujui.'",
        "en, 'Congratulations, Ani! Your company account with Infoloker Purwakarta has been approved.'"
    })
    void employersAreToldTheyCanPostVacancies(String language, String start) {
        Map<String, Object> variables = sample();
        variables.put("employer", true);

        assertThat(templates.render("ACCOUNT_VERIFIED", Languages.of(language), variables).body()).startsWith(start);
    }

    @ParameterizedTest
    @CsvSource({
        "id, 'Unggah NIB dan NPWP', 'draf lowongan', 'jangan membayar siapa pun yang menjanjikan pekerjaan'",
        "en, 'Upload your NIB and NPWP', 'draft vacancies', 'do not pay anyone who promises you a job'"
    })
    void aRegisteredCompanyIsToldToSendItsDocumentsAndMayDraftMeanwhileAJobSeekerIsWarnedOfFees(
            String language, String documents, String drafts, String warning) {
        Map<String, Object> company = sample();
        company.put("employer", true);
        Map<String, Object> person = sample();

        String toCompany = templates.render("REGISTRATION_RECEIVED", Languages.of(language), company).body();
        String toPerson = templates.render("REGISTRATION_RECEIVED", Languages.of(language), person).body();

        assertThat(toCompany).contains(documents, drafts).doesNotContain(warning);
        assertThat(toPerson).contains(warning).doesNotContain(documents, drafts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theNoteIsLeftOutWhenThereIsNone(String language) {
        Map<String, Object> variables = sample();
        variables.put("note", null);

        assertThat(templates.render("ACCOUNT_REJECTED", Languages.of(language), variables).body())
                .doesNotContain("Catatan", "Note").endsWith("NIK tidak valid.");
    }

    private static Map<String, Object> sample() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", "Ani");
        variables.put("employer", false);
        variables.put("reason", "NIK tidak valid");
        variables.put("note", "Periksa lagi");
        variables.put("documents", "KTP");
        variables.put("vacancyTitle", "Operator");
        variables.put("applicationId", UUID.randomUUID());
        variables.put("applicant", "Budi");
        variables.put("status", "diterima");
        variables.put("title", "Operator");
        variables.put("company", "PT Maju");
        variables.put("vacancyId", UUID.randomUUID());
        variables.put("closingDate", LocalDate.of(2026, 12, 31));
        return variables;
    }
}
