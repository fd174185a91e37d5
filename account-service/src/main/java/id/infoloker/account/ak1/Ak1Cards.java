package id.infoloker.account.ak1;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.events.AccountStatus;
import id.infoloker.kit.problem.ProblemException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, revokes and re-reports AK/1 cards, and answers the public check behind the card's QR code. */
@Service
public class Ak1Cards {

    private static final Logger log = LoggerFactory.getLogger(Ak1Cards.class);
    /** The office's calendar: issue dates and due dates are days in Karawang. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Ak1CardRepository cards;
    private final AccountRepository accounts;
    private final Ak1Numbers numbers;
    private final Ak1Properties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Ak1Cards(Ak1CardRepository cards, AccountRepository accounts, Ak1Numbers numbers, Ak1Properties properties,
             JdbcTemplate jdbc, Clock clock) {
        this.cards = cards;
        this.accounts = accounts;
        this.numbers = numbers;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The holder's view of their card and its re-report dates. */
    public record CardView(String number, LocalDate issuedOn, LocalDate validUntil, String status,
                           java.util.List<ReportDate> reportDates, Optional<Integer> openPeriod,
                           String verificationUrl) {
    }

    public record ReportDate(int period, LocalDate dueOn, Instant reportedAt) {
    }

    /** What the QR code's page may show: validity and initials, nothing else. */
    public record PublicCheck(boolean valid, String initials, LocalDate validUntil) {
    }

    /** The holder asks for their card (or gets the one they have). */
    @Transactional
    public CardView request(UUID accountId) {
        Account account = accounts.findForUpdate(accountId).orElseThrow(Ak1Cards::noCard);
        if (!Ak1IssuePolicy.mayHoldACard(account.type(), account.status())) {
            throw new ProblemException(HttpStatus.CONFLICT, "ak1-not-available");
        }
        Ak1Card card = cards.findActiveOf(accountId).orElseGet(() -> issue(account));
        return view(card);
    }

    /**
     * Called in the transaction that changes an account's status: a job seeker just verified gets a card (when the
     * office issues on verification); one who loses the verification loses the card.
     */
    @Transactional
    public void afterStatusChange(Account account, AccountStatus previous) {
        if (Ak1IssuePolicy.mayHoldACard(account.type(), account.status())) {
            if (properties.issueOnVerification() && cards.findActiveOf(account.id()).isEmpty()) {
                issue(account);
            }
        } else if (previous == AccountStatus.VERIFIED) {
            revoke(account.id(), Ak1Card.RevocationReason.VERIFICATION_REVERSED);
        }
    }

    /** Erasure: the card stops being valid and no longer names anyone. */
    @Transactional
    public void forgetHolder(UUID accountId) {
        cards.findAllOf(accountId).forEach(card -> card.revoke(Ak1Card.RevocationReason.ACCOUNT_ERASED,
                Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public Optional<CardView> cardOf(UUID accountId) {
        return cards.findActiveOf(accountId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<Ak1Card> activeCardOf(UUID accountId) {
        return cards.findActiveOf(accountId);
    }

    @Transactional
    public CardView reReport(UUID accountId) {
        Ak1Card card = cards.findActiveOf(accountId).orElseThrow(Ak1Cards::noCard);
        LocalDate today = today();
        ReReportPolicy.Decision decision = ReReportPolicy.decide(card, reportedPeriods(card), today);
        if (decision instanceof ReReportPolicy.Decision.Accept accept) {
            jdbc.update("INSERT INTO ak1_report (card_id, period, reported_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", card.id(), accept.period(), java.sql.Timestamp.from(Instant.now(clock)));
            log.info("AK/1 card {} re-reported for period {}", card.id(), accept.period());
        } else if (decision instanceof ReReportPolicy.Decision.NotDueYet notYet) {
            throw new ProblemException(HttpStatus.CONFLICT, "ak1-report-not-due")
                    .with("opensOn", notYet.opensOn().toString());
        } else if (decision instanceof ReReportPolicy.Decision.AlreadyReported already) {
            ProblemException problem = new ProblemException(HttpStatus.CONFLICT, "ak1-already-reported");
            already.nextOpensOn().ifPresent(next -> problem.with("opensOn", next.toString()));
            throw problem;
        } else {
            throw new ProblemException(HttpStatus.CONFLICT, "ak1-card-not-valid");
        }
        return view(card);
    }

    @Transactional(readOnly = true)
    public PublicCheck check(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return cards.findByVerificationCode(normalized)
                .map(card -> card.isValidOn(today())
                        ? new PublicCheck(true, card.holderInitials(), card.validUntil())
                        : new PublicCheck(false, null, null))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ak1-card-unknown"));
    }

    private Ak1Card issue(Account account) {
        LocalDate today = today();
        Ak1Card card = Ak1Card.issue(account.id(), numbers.next(today.getYear()), newCode(),
                initialsOf(account.displayName()), today);
        cards.save(card);
        log.info("AK/1 card {} issued to account {}", card.id(), account.id());
        return card;
    }

    private void revoke(UUID accountId, Ak1Card.RevocationReason reason) {
        cards.findActiveOf(accountId).ifPresent(card -> {
            card.revoke(reason, Instant.now(clock));
            log.info("AK/1 card {} revoked: {}", card.id(), reason);
        });
    }

    private CardView view(Ak1Card card) {
        // One read of the re-reports gives both the dates shown and the periods the policy needs.
        java.util.Map<Integer, Instant> reportedAt = new java.util.HashMap<>();
        jdbc.query("SELECT period, reported_at FROM ak1_report WHERE card_id = ?",
                rs -> {
                    reportedAt.put(rs.getInt(1), rs.getTimestamp(2).toInstant());
                }, card.id());
        LocalDate today = today();
        var dates = java.util.stream.IntStream.rangeClosed(1, Ak1Card.REPORT_PERIODS)
                .mapToObj(period -> new ReportDate(period, card.reportDueOn(period), reportedAt.get(period)))
                .toList();
        Optional<Integer> open = ReReportPolicy.decide(card, reportedAt.keySet(), today)
                instanceof ReReportPolicy.Decision.Accept accept ? Optional.of(accept.period()) : Optional.empty();
        return new CardView(card.number(), card.issuedOn(), card.validUntil(),
                card.isValidOn(today) ? "VALID" : "NOT_VALID", dates, open,
                properties.verificationUrl(card.verificationCode()).toString());
    }

    private Set<Integer> reportedPeriods(Ak1Card card) {
        return new HashSet<>(jdbc.queryForList("SELECT period FROM ak1_report WHERE card_id = ?", Integer.class,
                card.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), OFFICE_ZONE);
    }

    private String newCode() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** "Siti Nurhaliza" → "S. N.": enough for an employer to match a card in hand, not enough to identify anyone. */
    static String initialsOf(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        return Arrays.stream(displayName.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.codePoints().filter(Character::isLetter).findFirst().orElse(-1))
                .filter(cp -> cp != -1)
                .map(cp -> new String(Character.toChars(Character.toUpperCase(cp))) + ".")
                .collect(Collectors.joining(" "));
    }

    private static ProblemException noCard() {
        return new ProblemException(HttpStatus.NOT_FOUND, "ak1-no-card");
    }
}
