package id.infoloker.vacancy.applications;

import static id.infoloker.vacancy.applications.ApplicationStatus.DIKIRIM;
import static id.infoloker.vacancy.applications.ApplicationStatus.DILIHAT;
import static id.infoloker.vacancy.applications.ApplicationStatus.DIPROSES;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITERIMA;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITOLAK;
import static id.infoloker.vacancy.applications.ApplicationStatus.WAWANCARA;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which moves an employer may make: one step forward (Dikirim → Dilihat → Diproses → Wawancara → Diterima), or
 * Ditolak from any open step. Nobody is hired without an interview, and a final decision is never reopened, so the
 * public "hired" count means what it says.
 */
@Component
public class ApplicationTransitionPolicy {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DIKIRIM, EnumSet.of(DILIHAT, DITOLAK),
            DILIHAT, EnumSet.of(DIPROSES, DITOLAK),
            DIPROSES, EnumSet.of(WAWANCARA, DITOLAK),
            WAWANCARA, EnumSet.of(DITERIMA, DITOLAK),
            DITERIMA, EnumSet.noneOf(ApplicationStatus.class),
            DITOLAK, EnumSet.noneOf(ApplicationStatus.class));

    public Decision decide(ApplicationStatus from, ApplicationStatus to) {
        Set<ApplicationStatus> allowed = NEXT.get(from);
        return new Decision(allowed.contains(to), Set.copyOf(allowed));
    }

    /** {@code allowedNext} lets the client (and the 409) say what would have been possible. */
    public record Decision(boolean allowed, Set<ApplicationStatus> allowedNext) {
    }
}
