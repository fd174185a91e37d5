package id.infoloker.kit.testapp;

import id.infoloker.kit.caching.PublicReads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads anybody may make, answered through the kit's {@link PublicReads}. */
@RestController
class PublicReadEndpoints {

    private final PublicReads publicReads;

    PublicReadEndpoints(PublicReads publicReads) {
        this.publicReads = publicReads;
    }

    @GetMapping("/api/test/public/kecamatan")
    ResponseEntity<List<String>> kecamatan(HttpServletRequest request) {
        return publicReads.answer(request, List.of("Karawang Barat", "Telukjambe Timur"));
    }

    @GetMapping("/api/test/public/notice")
    ResponseEntity<Map<String, String>> notice(HttpServletRequest request) {
        boolean english = LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        return publicReads.answerInLanguage(request,
                Map.of("text", english ? "Job fair on Monday" : "Bursa kerja hari Senin"));
    }
}
