package id.infoloker.web.documents;

import id.infoloker.web.session.Viewer;
import java.util.List;

/**
 * The documents account-service asks of each kind of account, in the order the verifier reads them: a job seeker's
 * KTP, ijazah, CV and pas foto; a company's NIB and NPWP.
 */
final class RequiredDocuments {

    static final List<String> JOB_SEEKER = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");
    static final List<String> EMPLOYER = List.of("NIB", "NPWP");

    private RequiredDocuments() {
    }

    static List<String> of(Viewer viewer) {
        return viewer.isEmployer() ? EMPLOYER : JOB_SEEKER;
    }

    /** Whether this person uploads documents of this type. */
    static boolean isOne(Viewer viewer, String type) {
        return of(viewer).contains(type);
    }

    /** Whether any account uploads documents of this type (for telling an upload's path from another page's). */
    static boolean isAny(String type) {
        return JOB_SEEKER.contains(type) || EMPLOYER.contains(type);
    }
}
