package id.infoloker.web.vacancies;

import id.infoloker.web.portal.PortalProperties;
import id.infoloker.web.reference.Kecamatans;
import id.infoloker.web.reference.RegencyProperties;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code JobPosting} for search engines' job listings: title, description, datePosted, validThrough,
 * employmentType, hiringOrganization, jobLocation and baseSalary when the vacancy states one. Written as JSON by
 * Jackson, with {@code </} escaped so that no text from a vacancy can close the script element.
 */
@Component
class JobPostingJsonLd {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final PortalProperties portal;
    private final RegencyProperties regency;
    private final JsonMapper json;

    JobPostingJsonLd(PortalProperties portal, RegencyProperties regency, JsonMapper json) {
        this.portal = portal;
        this.regency = regency;
        this.json = json;
    }

    String canonicalUrl(UUID vacancyId) {
        return portal.baseUrl() + "/lowongan/" + vacancyId;
    }

    String of(VacancyApi.PublicVacancy vacancy) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", vacancy.title());
        posting.put("description", description(vacancy));
        posting.put("identifier", ordered("@type", "PropertyValue", "name", portal.name(),
                "value", vacancy.id().toString()));
        posting.put("url", canonicalUrl(vacancy.id()));
        if (vacancy.publishedAt() != null) {
            posting.put("datePosted", vacancy.publishedAt().atZone(WIB).toLocalDate().toString());
        }
        if (vacancy.closingDate() != null) {
            posting.put("validThrough", vacancy.closingDate().atTime(LocalTime.of(23, 59, 59)).atZone(WIB)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        posting.put("employmentType", employmentType(vacancy.employmentType()));
        posting.put("hiringOrganization", ordered("@type", "Organization", "name", vacancy.companyName()));
        posting.put("jobLocation", ordered("@type", "Place", "address", address(vacancy)));
        posting.put("directApply", true);
        if (vacancy.salaryMin() != null || vacancy.salaryMax() != null) {
            posting.put("baseSalary", salary(vacancy));
        }
        if (vacancy.openings() > 0) {
            posting.put("totalJobOpenings", vacancy.openings());
        }
        return json.writeValueAsString(posting).replace("</", "<\\/");
    }

    private static String description(VacancyApi.PublicVacancy vacancy) {
        StringBuilder text = new StringBuilder(vacancy.description() == null ? "" : vacancy.description());
        if (vacancy.requirements() != null && !vacancy.requirements().isBlank()) {
            text.append("\n\n").append(vacancy.requirements());
        }
        return text.toString();
    }

    /** Our contract types in Google's vocabulary: PKWT is a fixed-term full-time contract. */
    static List<String> employmentType(String code) {
        return switch (code == null ? "" : code) {
            case "PKWTT" -> List.of("FULL_TIME");
            case "PKWT" -> List.of("FULL_TIME", "TEMPORARY");
            case "MAGANG" -> List.of("INTERN");
            case "HARIAN" -> List.of("PER_DIEM");
            default -> List.of("OTHER");
        };
    }

    private Map<String, Object> address(VacancyApi.PublicVacancy vacancy) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (vacancy.kecamatanName() != null) {
            address.put("addressLocality", Kecamatans.titleCase(vacancy.kecamatanName()) + ", " + regency.name());
        }
        else {
            address.put("addressLocality", regency.name());
        }
        address.put("addressRegion", regency.province());
        address.put("addressCountry", "ID");
        return address;
    }

    private static Map<String, Object> salary(VacancyApi.PublicVacancy vacancy) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        if (vacancy.salaryMin() != null) {
            value.put("minValue", vacancy.salaryMin());
        }
        if (vacancy.salaryMax() != null) {
            value.put("maxValue", vacancy.salaryMax());
        }
        value.put("unitText", "MONTH");
        return ordered("@type", "MonetaryAmount", "currency", "IDR", "value", value);
    }

    /** Keys in the order written, "@type" first, as people reading the page source expect. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
