package id.infoloker.account.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    @Test
    void twentyConcurrentRegistrationsHashAtMostTwoAtATimeAndAllGetTheirHash() throws Exception {
        CountingEncoder counting = new CountingEncoder(new BCryptPasswordEncoder(4));
        PasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2, Duration.ofSeconds(30),
                new SimpleMeterRegistry());
        CyclicBarrier start = new CyclicBarrier(20);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String password = "Rahasia-Kerja-" + i;
                checks.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    boolean allMatch = true;
                    for (int round = 0; round < 5; round++) {
                        allMatch &= bounded.matches(password, bounded.encode(password));
                    }
                    return allMatch;
                }, threads));
            }
            for (CompletableFuture<Boolean> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(counting.calls.get()).isEqualTo(200);
        assertThat(counting.mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void aHashThatWouldWaitPastTheLimitIsRefusedAsBusyAndTheSlotServesTheNextOne() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        PasswordEncoder slow = new CountingEncoder(new BCryptPasswordEncoder(4)) {
            @Override
            public String encode(CharSequence rawPassword) {
                hashing.countDown();
                await(finish);
                return super.encode(rawPassword);
            }
        };
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 1, Duration.ofMillis(50), meters);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> bounded.encode("Rahasia-Kerja-1"));
        assertThat(hashing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("Rahasia-Kerja-2", "{noop}x"))
                .isInstanceOf(PasswordHashingBusy.class)
                .hasMessage("accounts-busy");
        assertThat(meters.get("password.hashing.refused").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("password.hashing.waiting").gauge().value()).isZero();

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).startsWith("$2a$04$");
        assertThat(bounded.matches("Rahasia-Kerja-1", first.get())).isTrue();
    }

    @Test
    void aNegativeNumberOfSlotsIsAConfigurationErrorAndZeroMeansOnePerCore() {
        assertThatThrownBy(() -> new PasswordHashingProperties(-1, Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PasswordHashingProperties(0, Duration.ofSeconds(3)).slots())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new PasswordHashingProperties(3, Duration.ofSeconds(3)).slots()).isEqualTo(3);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A real encoder that counts the hashes running at once. */
    private static class CountingEncoder implements PasswordEncoder {

        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final PasswordEncoder real;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            enter();
            try {
                return real.encode(rawPassword);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            enter();
            try {
                return real.matches(rawPassword, encodedPassword);
            } finally {
                running.decrementAndGet();
            }
        }

        private void enter() {
            calls.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        }
    }
}
