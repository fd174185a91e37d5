package id.infoloker.vacancy.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes published vacancies the day after their closing date (Karawang time), with vacancy.closed.v1. Runs every few
 * minutes on every replica: rows are locked with SKIP LOCKED, so replicas share the work instead of doubling it.
 */
@Component
public class VacancyClosingJob {

    private static final Logger log = LoggerFactory.getLogger(VacancyClosingJob.class);
    private static final int BATCH = 200;

    private final VacancyRepository vacancies;
    private final VacancyService service;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VacancyClosingJob(VacancyRepository vacancies, VacancyService service, TransactionTemplate transactions,
                      Clock clock) {
        this.vacancies = vacancies;
        this.service = service;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${infoloker.vacancies.closing-check-interval:5m}", initialDelayString = "30s")
    public void run() {
        closeExpired(clock);
    }

    /** @return how many vacancies were closed; {@code at} decides what "today" is (tests pass a fixed clock). */
    public int closeExpired(Clock at) {
        LocalDate today = LocalDate.now(at.withZone(VacancyInputPolicy.KARAWANG));
        int total = 0;
        while (true) {
            Integer closed = transactions.execute(status -> {
                List<Vacancy> expired = vacancies.lockExpired(today, BATCH);
                expired.forEach(vacancy -> service.closeNow(vacancy, VacancyService.CLOSING_DATE_PASSED, null));
                return expired.size();
            });
            total += closed;
            if (closed < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Closed {} vacancies whose closing date passed before {}", total, today);
        }
        return total;
    }
}
