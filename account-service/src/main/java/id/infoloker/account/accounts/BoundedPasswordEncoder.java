package id.infoloker.account.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, no more at once than there are slots (one per core by default); the rest wait their turn in
 * arrival order.
 *
 * <p>Why: bcrypt is slow on purpose (strength 10 is about 70 ms of a core), and every registration and sign-in used to
 * hash on its own request thread. At ten registrations a second on a busy machine about ten threads were hashing at
 * once, each asking the scheduler for a core, and every other thread on the machine waited its turn behind them: the
 * gateway's event loops, the portal's pages. Bounded, the hashing takes the same CPU in total, but no more threads
 * compete for the cores with it than there are cores. Issue 17's browsing mix on two cores (docs/benchmarks.md, tenth
 * session, runs B and C): browsing p99 215 → 159 ms, registrations p50 995 → 282 ms.
 *
 * <p>A request that would wait longer than {@code maxWait} is refused ({@link PasswordHashingBusy}: 503 with
 * Retry-After) rather than hashed for an answer the gateway has stopped waiting for (its timeout is 5 s). Such a
 * refusal is counted ({@code password.hashing.refused}), and the number waiting for a turn is a gauge
 * ({@code password.hashing.waiting}): a steady count of refusals means too few account-service pods (runbook 4).
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore slots;
    private final Duration maxWait;
    private final Counter refused;

    BoundedPasswordEncoder(PasswordEncoder hashing, int slots, Duration maxWait, MeterRegistry meters) {
        this.hashing = hashing;
        this.slots = new Semaphore(slots, true);
        this.maxWait = maxWait;
        this.refused = Counter.builder("password.hashing.refused")
                .description("Password hashes refused after waiting max-wait for a turn (503 accounts-busy)")
                .register(meters);
        Gauge.builder("password.hashing.waiting", this.slots, Semaphore::getQueueLength)
                .description("Requests waiting for a turn to hash a password")
                .register(meters);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hash) {
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                refused.increment();
                throw new PasswordHashingBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusy();
        }
        try {
            return hash.get();
        } finally {
            slots.release();
        }
    }
}
