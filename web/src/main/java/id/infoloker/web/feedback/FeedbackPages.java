package id.infoloker.web.feedback;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Laporkan masalah / saran", linked from every page's footer with the page it came from. Anonymous visitors may
 * send it too (then nobody can reply); the gateway limits how often one address may send.
 */
@Controller
class FeedbackPages {

    static final List<String> CATEGORIES = List.of("PROBLEM", "SUGGESTION", "QUESTION", "COMPLAINT");
    private static final int MAX_SCREENSHOT = 1024 * 1024;

    private final FeedbackApi api;

    FeedbackPages(FeedbackApi api) {
        this.api = api;
    }

    @GetMapping("/masukan")
    String form(@RequestParam(name = "dari", required = false) String from, Model model) {
        return render(model, FeedbackSource.of(from), null, "", Map.of(), null);
    }

    @PostMapping("/masukan")
    String send(@RequestParam(name = "dari", required = false) String from,
                @RequestParam(required = false) String category, @RequestParam(required = false) String text,
                @RequestParam(name = "screenshot", required = false) MultipartFile screenshot, Model model,
                HttpServletResponse response) {
        String page = FeedbackSource.of(from);
        String chosen = CATEGORIES.contains(category) ? category : null;
        String written = text == null ? "" : text.strip();
        if (chosen == null || written.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, page, chosen, written, Map.of(chosen == null ? "category" : "text",
                    chosen == null ? "feedback.category.required" : "feedback.text.required"), null);
        }
        byte[] image = null;
        if (screenshot != null && !screenshot.isEmpty()) {
            if (screenshot.getSize() > MAX_SCREENSHOT) {
                response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                return render(model, page, chosen, written, Map.of("screenshot", "feedback.screenshot.too-large"),
                        null);
            }
            try {
                image = screenshot.getBytes();
            } catch (IOException unreadable) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return render(model, page, chosen, written, Map.of("screenshot", "feedback.screenshot.invalid"), null);
            }
        }
        try {
            api.send(chosen, page, written, image);
        } catch (BackendProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.status());
            return render(model, page, chosen, written, Map.of(), refused);
        }
        model.addAttribute("repliable", Viewer.current().signedIn());
        return "feedback/thanks";
    }

    private static String render(Model model, String page, String category, String text, Map<String, String> errors,
                                 BackendProblem refused) {
        model.addAttribute("page", page);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("category", category);
        model.addAttribute("text", text);
        model.addAttribute("errorKeys", errors);
        model.addAttribute("serviceErrors", refused == null ? Map.of() : refused.messagesByField());
        model.addAttribute("serviceDetail", refused == null ? null : refused.detail());
        return "feedback/form";
    }
}
