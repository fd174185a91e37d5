package id.infoloker.web.ak1;

import id.infoloker.web.portal.CachePolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The AK/1 card on the portal: ask for it, download it, re-report ("lapor") — all from "Status saya" — and the public
 * page its QR code opens, which says only whether the card is valid and whose initials it carries.
 */
@Controller
class Ak1Pages {

    /** Card codes are 16 characters of an unambiguous alphabet; anything else is not a card. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{8,40}");
    private static final String STATUS_CARD = "redirect:/status#ak1";

    private final Ak1Api api;
    private final CachePolicy cache;

    Ak1Pages(Ak1Api api, CachePolicy cache) {
        this.api = api;
        this.cache = cache;
    }

    @PostMapping("/status/ak1")
    ModelAndView request() {
        api.request();
        return new ModelAndView(STATUS_CARD, HttpStatus.SEE_OTHER);
    }

    @PostMapping("/status/ak1/lapor")
    ModelAndView reReport() {
        api.reReport();
        return new ModelAndView("redirect:/status?lapor=ok#ak1", HttpStatus.SEE_OTHER);
    }

    @GetMapping("/status/ak1.pdf")
    ResponseEntity<byte[]> pdf() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("kartu-ak1.pdf").build().toString())
                .body(api.pdf());
    }

    @GetMapping("/ak1/{code}")
    ModelAndView check(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        if (!CODE.matcher(code).matches()) {
            return unknown();
        }
        return api.check(code).map(check -> {
            cache.publicIfAnonymous(request, response);
            return new ModelAndView("ak1/check").addObject("check", check);
        }).orElseGet(Ak1Pages::unknown);
    }

    private static ModelAndView unknown() {
        return new ModelAndView("ak1/check", HttpStatus.NOT_FOUND).addObject("check", null);
    }
}
