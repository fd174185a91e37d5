package id.infoloker.web.status;

import id.infoloker.web.ak1.Ak1Api;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Status saya": where the person's verification stands and what to do next, job seekers and employers alike. */
@Controller
class StatusPage {

    private final StatusApi api;
    private final Ak1Api ak1;

    StatusPage(StatusApi api, Ak1Api ak1) {
        this.api = api;
        this.ak1 = ak1;
    }

    @GetMapping("/status")
    String status(Model model) {
        Optional<StatusApi.MyVerification> verification = api.verification();
        StatusApi.MyAccount account = api.account();
        List<StatusApi.Document> documents = VerificationStatus.needsDocuments(verification)
                ? api.documents() : List.of();
        model.addAttribute("verification", VerificationStatus.of(account, verification, documents));
        // The AK/1 card is a verified job seeker's; nobody else is asked about it.
        boolean cardHolder = "JOB_SEEKER".equals(account.type()) && "VERIFIED".equals(account.status());
        model.addAttribute("ak1Holder", cardHolder);
        model.addAttribute("ak1", cardHolder ? ak1.card().orElse(null) : null);
        return "status/status";
    }
}
