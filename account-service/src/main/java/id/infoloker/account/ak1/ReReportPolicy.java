package id.infoloker.account.ak1;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * When a holder may re-report ("lapor"): from two weeks before a period's due date, once per period, on a valid card.
 */
final class ReReportPolicy {

    /** The window opens this many days before the due date. */
    static final int DAYS_EARLY = 14;

    sealed interface Decision {
        record Accept(int period) implements Decision { }
        record NotDueYet(LocalDate opensOn) implements Decision { }
        record AlreadyReported(int period, Optional<LocalDate> nextOpensOn) implements Decision { }
        record CardNotValid() implements Decision { }
    }

    private ReReportPolicy() {
    }

    static Decision decide(Ak1Card card, Set<Integer> reportedPeriods, LocalDate today) {
        if (!card.isValidOn(today)) {
            return new Decision.CardNotValid();
        }
        Optional<Integer> open = card.openPeriodOn(today, DAYS_EARLY);
        if (open.isEmpty()) {
            return new Decision.NotDueYet(card.reportDueOn(1).minusDays(DAYS_EARLY));
        }
        int period = open.get();
        if (reportedPeriods.contains(period)) {
            Optional<LocalDate> next = period < Ak1Card.REPORT_PERIODS
                    ? Optional.of(card.reportDueOn(period + 1).minusDays(DAYS_EARLY))
                    : Optional.empty();
            return new Decision.AlreadyReported(period, next);
        }
        return new Decision.Accept(period);
    }
}
