package id.infoloker.web.documents;

import java.util.List;

/** The documents account-service asks a job seeker for, in the order the verifier reads them. */
final class JobSeekerDocuments {

    static final List<String> TYPES = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");

    private JobSeekerDocuments() {
    }

    static boolean isOne(String type) {
        return TYPES.contains(type);
    }
}
