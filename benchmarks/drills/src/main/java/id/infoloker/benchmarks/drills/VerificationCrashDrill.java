package id.infoloker.benchmarks.drills;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drill 2: {@code kill -9} of verification-service while it drains a backlog of registrations, then a restart. Every
 * event must end as exactly one case: records processed but not yet committed are consumed again after the restart,
 * and the inbox must turn them into no second case. The backlog is produced straight to
 * {@code account.registered.v1} (through the gateway it would take an hour at the measured ~6 registrations/s).
 */
final class VerificationCrashDrill {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SERVICE = "verification-service";

    static DrillResult run(Platform platform, int events, double killAtFraction) throws Exception {
        System.out.printf("[drill 2] verification crash: backlog of %,d events, kill -9 at %.0f %% drained%n",
                events, killAtFraction * 100);
        platform.devstack().stopService(SERVICE);
        long produceStart = System.nanoTime();
        List<UUID> accounts = produceBacklog(platform, events);
        long produceMillis = Duration.ofNanos(System.nanoTime() - produceStart).toMillis();

        platform.devstack().startService(SERVICE);
        long killAfter = Math.round(events * killAtFraction);
        Poll.until(() -> platform.effects().casesFor(accounts) >= killAfter, Duration.ofMinutes(10),
                Duration.ofMillis(250));
        long killAt = System.currentTimeMillis();
        platform.devstack().killService(SERVICE);
        long casesAtKill = platform.effects().casesFor(accounts);
        platform.devstack().startService(SERVICE);
        long readyAgainAt = System.currentTimeMillis();
        long drainedMillis = platform.awaitCases(accounts, Duration.ofMinutes(15));

        long cases = platform.effects().casesFor(accounts);
        long duplicated = platform.effects().accountsWithDuplicateCases(accounts);
        long[] firstAndLast = platform.effects().firstAndLastCaseOpened(accounts);
        double rateBefore = casesAtKill * 1000.0 / Math.max(1, killAt - firstAndLast[0]);
        double rateAfter = (cases - casesAtKill) * 1000.0 / Math.max(1, firstAndLast[1] - readyAgainAt);
        return DrillResult.named("kill -9 of verification-service during a " + String.format("%,d", events)
                        + "-event drain", "benchmarks/drills/run.sh verification-crash")
                .figure("events in the backlog", events)
                .figure("backlog produced in (ms)", produceMillis)
                .figure("cases when killed (from the first case opened, ms)", casesAtKill + " ("
                        + (killAt - firstAndLast[0]) + ")")
                .figure("kill until ready again (ms)", readyAgainAt - killAt)
                .figure("drained, ms after ready again", drainedMillis < 0 ? "not within 15 min" : drainedMillis)
                .figure("first to last case opened, crash included (ms)", firstAndLast[1] - firstAndLast[0])
                .figure("intake before the kill (cases/s)", Math.round(rateBefore))
                .figure("intake after the restart (cases/s)", Math.round(rateAfter))
                .figure("cases", cases)
                .figure("lost", events - cases)
                .figure("duplicated cases", duplicated)
                .held(cases == events && duplicated == 0);
    }

    private static List<UUID> produceBacklog(Platform platform, int events) {
        List<UUID> accounts = new ArrayList<>(events);
        Instant base = Instant.now().minus(Duration.ofDays(1));
        try (KafkaProducer<String, String> producer = platform.kafka().producer()) {
            for (int i = 0; i < events; i++) {
                UUID account = UUID.randomUUID();
                LocalDate born = LocalDate.of(1980 + i % 20, 1 + (i / 20) % 12, 1 + (i / 240) % 28);
                String nik = String.format("321502%02d%02d%02d%04d", born.getDayOfMonth() + 40,
                        born.getMonthValue(), born.getYear() % 100, 1 + i / (20 * 12 * 28) % 9999);
                AccountRegistered event = new AccountRegistered(account, AccountType.JOB_SEEKER,
                        "Pencaker Drill " + i, "drill" + i + "." + account + "@example.id", "+628129" + (1_000_000 + i),
                        "id", "321502", new AccountRegistered.JobSeeker(nik, "Karawang", born, "F", "SMK"), null,
                        base.plusMillis(i));
                producer.send(Kafka.record(Topics.ACCOUNT_REGISTERED, account.toString(),
                        JSON.writeValueAsString(event)));
                accounts.add(account);
            }
            producer.flush();
        }
        return accounts;
    }

    private VerificationCrashDrill() {
    }
}
