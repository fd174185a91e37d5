package id.infoloker.web.documents;

import id.infoloker.web.session.Viewer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the "Dokumen" page: each document's state, and a refusal beside the document it is about. */
@Component
class DocumentsPage {

    static final String VIEW = "documents/dokumen";

    private final DocumentApi documents;

    DocumentsPage(DocumentApi documents) {
        this.documents = documents;
    }

    String render(Model model) {
        return render(model, null, null, null);
    }

    /**
     * @param refusedType the document whose upload was refused, or null
     * @param refusal why, in the person's language
     * @param pageError a reason about the whole page (e.g. the submission), or null
     */
    String render(Model model, String refusedType, String refusal, String pageError) {
        Map<String, DocumentApi.DocumentView> current = documents.mine().stream()
                .collect(Collectors.toMap(DocumentApi.DocumentView::type, Function.identity(), (a, b) -> b));
        List<DocumentRow> rows = RequiredDocuments.of(Viewer.current()).stream()
                .map(type -> new DocumentRow(type, current.get(type), type.equals(refusedType) ? refusal : null))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("complete", rows.stream().allMatch(DocumentRow::isUploaded));
        model.addAttribute("pageError", pageError);
        model.addAttribute("employer", Viewer.current().isEmployer());
        return VIEW;
    }
}
