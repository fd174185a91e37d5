package id.infoloker.web.status;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Status saya": where the person's verification stands and what to do next, job seekers and employers alike. */
@Controller
class StatusPage {

    private final StatusApi api;

    StatusPage(StatusApi api) {
        this.api = api;
    }

    @GetMapping("/status")
    String status(Model model) {
        Optional<StatusApi.MyVerification> verification = api.verification();
        StatusApi.MyAccount account = api.account();
        List<StatusApi.Document> documents = VerificationStatus.needsDocuments(verification)
                ? api.documents() : List.of();
        model.addAttribute("verification", VerificationStatus.of(account, verification, documents));
        return "status/status";
    }
}
