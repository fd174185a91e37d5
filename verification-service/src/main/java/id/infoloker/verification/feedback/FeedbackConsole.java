package id.infoloker.verification.feedback;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.verification.console.ConsolePage;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The triage of public feedback in the staff console: new → in progress → done, an internal note, a reply. */
@Controller
@ConsolePage
@RequestMapping("/console/masukan")
class FeedbackConsole {

    private final FeedbackInbox inbox;

    FeedbackConsole(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "NEW") Feedback.Status status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", Feedback.Status.values());
        model.addAttribute("items", inbox.withStatus(status));
        return "console/feedback-list";
    }

    @GetMapping("/{id}")
    String item(@PathVariable UUID id, Model model) {
        model.addAttribute("item", inbox.get(id));
        model.addAttribute("statuses", Feedback.Status.values());
        return "console/feedback";
    }

    @GetMapping("/{id}/tangkapan-layar")
    ResponseEntity<byte[]> screenshot(@PathVariable UUID id) {
        Screenshot screenshot = inbox.get(id).screenshot()
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "feedback-not-found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(screenshot.mediaType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(screenshot.bytes());
    }

    @PostMapping("/{id}/status")
    String move(@PathVariable UUID id, @RequestParam Feedback.Status status) {
        inbox.move(id, status);
        return "redirect:/console/masukan/" + id;
    }

    @PostMapping("/{id}/catatan")
    String note(@PathVariable UUID id, @RequestParam(required = false) String note) {
        if (note != null && note.length() > 2000) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "feedback-reply-length");
        }
        inbox.note(id, note);
        return "redirect:/console/masukan/" + id;
    }

    @PostMapping("/{id}/balasan")
    String reply(@PathVariable UUID id, @RequestParam String reply, AuthenticatedAccount staff) {
        inbox.reply(id, reply, staff.id());
        return "redirect:/console/masukan/" + id + "?dibalas";
    }
}
