package id.infoloker.vacancy.applications;

import static id.infoloker.vacancy.applications.ApplicationStatus.DIKIRIM;
import static id.infoloker.vacancy.applications.ApplicationStatus.DILIHAT;
import static id.infoloker.vacancy.applications.ApplicationStatus.DIPROSES;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITARIK;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITERIMA;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITOLAK;
import static id.infoloker.vacancy.applications.ApplicationStatus.DITUTUP;
import static id.infoloker.vacancy.applications.ApplicationStatus.WAWANCARA;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which moves an employer may make: one step forward (Dikirim → Dilihat → Diproses → Wawancara → Diterima), or
 * Ditolak from any open step. Nobody is hired without an interview, and a final decision is never reopened, so the
 * public "hired" count means what it says. An interview invitation may also skip the steps before it (an employer who
 * read the CV and invites at once), and an invited person may be invited again (rescheduled).
 */
@Component
public class ApplicationTransitionPolicy {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DIKIRIM, EnumSet.of(DILIHAT, DITOLAK),
            DILIHAT, EnumSet.of(DIPROSES, DITOLAK),
            DIPROSES, EnumSet.of(WAWANCARA, DITOLAK),
            WAWANCARA, EnumSet.of(DITERIMA, DITOLAK),
            DITERIMA, EnumSet.noneOf(ApplicationStatus.class),
            DITOLAK, EnumSet.noneOf(ApplicationStatus.class),
            DITARIK, EnumSet.noneOf(ApplicationStatus.class),
            DITUTUP, EnumSet.noneOf(ApplicationStatus.class));

    public Decision decide(ApplicationStatus from, ApplicationStatus to) {
        Set<ApplicationStatus> allowed = NEXT.get(from);
        return new Decision(allowed.contains(to), Set.copyOf(allowed));
    }

    /** An invitation (or a new date for one) while the application is open and nobody was hired or turned down yet. */
    public Decision decideInterview(ApplicationStatus from) {
        return new Decision(from.isOpen(), from.isOpen() ? Set.of(WAWANCARA) : Set.of());
    }

    /** What the employer can do next: the pipeline's steps plus an interview (invite or reschedule) while open. */
    public Set<ApplicationStatus> employerMoves(ApplicationStatus from) {
        Set<ApplicationStatus> moves = EnumSet.noneOf(ApplicationStatus.class);
        moves.addAll(NEXT.get(from));
        if (from.isOpen()) {
            moves.add(WAWANCARA);
        }
        return moves;
    }

    /** The job seeker may withdraw while the application is open. */
    public Decision decideWithdrawal(ApplicationStatus from) {
        return new Decision(from.isOpen(), from.isOpen() ? Set.of(DITARIK) : Set.of());
    }

    /** {@code allowedNext} lets the client (and the 409) say what would have been possible. */
    public record Decision(boolean allowed, Set<ApplicationStatus> allowedNext) {
    }
}
