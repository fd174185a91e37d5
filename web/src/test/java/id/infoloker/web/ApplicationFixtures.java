package id.infoloker.web;

import java.util.UUID;

/** vacancy-service's answers about one application, as the job seeker's and the company's page tests need them. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** vacancy-service's application detail, invited to an interview. */
    public static String detail(UUID application, UUID vacancy) {
        return """
                {"applicationId":"%s","vacancyId":"%s","vacancyTitle":"Operator Produksi",
                 "companyName":"PT Maju Jaya","vacancyStatus":"PUBLISHED",
                 "applicant":{"jobSeekerId":"11111111-2222-3333-4444-555555555555","displayName":"Siti Nurhaliza",
                              "kecamatanCode":"321506"},
                 "status":"WAWANCARA","reasonCode":null,"note":null,
                 "submittedAt":"2026-12-01T03:00:00Z","updatedAt":"2026-12-03T04:00:00Z",
                 "history":[{"status":"DIKIRIM","changedAt":"2026-12-01T03:00:00Z"},
                            {"status":"WAWANCARA","changedAt":"2026-12-03T04:00:00Z"}],
                 "interview":{"startsAt":"2027-01-11T09:00:00","endsAt":"2027-01-11T10:00:00",
                              "timeZone":"Asia/Jakarta","durationMinutes":60,
                              "place":"Kantor PT Maju Jaya, Jl. Industri Selatan 5, KIIC","onlineLink":null,
                              "contactName":"Dewi Lestari","contactPhone":"0812-1111-2222",
                              "note":"Bawa fotokopi KTP dan ijazah.","sequence":0,
                              "calendarPath":"/api/applications/%s/interview.ics"},
                 "allowedNext":["DITERIMA","DITOLAK","WAWANCARA"],"canWithdraw":true}"""
                .formatted(application, vacancy, application);
    }
}
