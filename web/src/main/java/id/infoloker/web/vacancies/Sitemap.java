package id.infoloker.web.vacancies;

import id.infoloker.web.portal.PortalProperties;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: every vacancy open for applications, newest first (at most the 50,000 URLs one sitemap file
 * may hold), and {@code /robots.txt} pointing at it; personal pages are kept out of search engines.
 */
@RestController
class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final int PAGE = 50;

    private final VacancyApi vacancies;
    private final PortalProperties portal;

    Sitemap(VacancyApi vacancies, PortalProperties portal) {
        this.vacancies = vacancies;
        this.portal = portal;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletResponse response) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, portal.baseUrl() + "/", null);
        for (VacancyApi.VacancySummary vacancy : openVacancies()) {
            url(xml, portal.baseUrl() + "/lowongan/" + vacancy.id(), vacancy.publishedAt() == null ? null
                    : vacancy.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        xml.append("</urlset>\n");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=600, s-maxage=600");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletResponse response) {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /status
                Disallow: /dokumen
                Disallow: /lamaran
                Disallow: /notifikasi
                Disallow: /preferensi
                Disallow: /masuk
                Disallow: /console
                Disallow: /api/
                Sitemap: %s/sitemap.xml
                """.formatted(portal.baseUrl());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private List<VacancyApi.VacancySummary> openVacancies() {
        List<VacancyApi.VacancySummary> all = new ArrayList<>();
        SearchForm everything = new SearchForm(null, null, null, null, null);
        String cursor = null;
        do {
            VacancyApi.VacancyPage page = vacancies.search(everything, cursor, PAGE);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && all.size() < MAX_URLS);
        return all.size() > MAX_URLS ? all.subList(0, MAX_URLS) : all;
    }

    private static void url(StringBuilder xml, String location, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
