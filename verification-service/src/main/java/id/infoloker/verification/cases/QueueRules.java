package id.infoloker.verification.cases;

import org.springframework.data.domain.Sort;

/**
 * The queue's rules, written once in SQL and used by every query that asks about the queue (claim-next, the listing,
 * the queue figures, the statistics, the owner's position). {@code :now} is the moment asked about. The same rules in
 * Java are {@link VerificationCase#isClaimableAt} and {@link Claim#isHeldBy}.
 */
public final class QueueRules {

    /**
     * Offered to staff: every required document in, pending, or claimed with a lease that has run out (the verifier
     * walked away; the case goes to the next one).
     */
    public static final String CLAIMABLE = "(status IN ('PENDING', 'CLAIMED') AND documents_complete"
            + " AND (status = 'PENDING' OR lease_expires_at <= :now))";

    /** A verifier is working on it. */
    public static final String LIVE_CLAIM = "(status = 'CLAIMED' AND lease_expires_at > :now)";

    /** Open but waiting for the person, not for staff. */
    public static final String AWAITING_DOCUMENTS = "(status = 'PENDING' AND NOT documents_complete)";

    /** Highest priority first, then the oldest registration; the id makes the order total. */
    public static final String ORDER = "priority DESC, registered_at, id";

    /** The same order for Spring Data (property names). */
    public static final Sort SORT = Sort.by(Sort.Order.desc("priority"), Sort.Order.asc("registeredAt"),
            Sort.Order.asc("id"));

    /** Before the case given by {@code :priority}, {@code :registeredAt}, {@code :id} in {@link #ORDER}. */
    static final String AHEAD_OF = "(priority > :priority OR (priority = :priority"
            + " AND (registered_at, id) < (:registeredAt, :id)))";

    private QueueRules() {
    }
}
