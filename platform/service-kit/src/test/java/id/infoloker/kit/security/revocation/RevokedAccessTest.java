package id.infoloker.kit.security.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RevokedAccessTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-09-14T03:00:00Z"));
    private final RevokedAccess revoked = new RevokedAccess(Duration.ofMinutes(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void aLaterRevocationMovesTheLimitForwardAnEarlierOneNeverBack() {
        UUID account = UUID.randomUUID();
        Instant first = now.get();
        revoked.revokeAllBefore(account, first);
        revoked.revokeAllBefore(account, first.minusSeconds(30));

        assertThat(revoked.refuses(account, null, first.minusMillis(1))).isTrue();
        assertThat(revoked.refuses(account, null, first)).isFalse();
        assertThat(revoked.refuses(account, null, null)).as("a token without issue time").isTrue();
        assertThat(revoked.refuses(UUID.randomUUID(), null, first.minusSeconds(60))).isFalse();
    }

    @Test
    void aRevokedSessionIsRefusedWhateverItsIssueTime() {
        UUID account = UUID.randomUUID();
        revoked.revokeSession("family-1", now.get());

        assertThat(revoked.refuses(account, "family-1", now.get().plusSeconds(5))).isTrue();
        assertThat(revoked.refuses(account, "family-2", now.get().minusSeconds(5))).isFalse();
    }

    @Test
    void entriesOlderThanATokenLifetimeAreForgottenTheRestKept() {
        revoked.revokeAllBefore(UUID.randomUUID(), now.get());
        revoked.revokeSession("old", now.get());
        now.set(now.get().plus(Duration.ofMinutes(10)));
        UUID recent = UUID.randomUUID();
        revoked.revokeAllBefore(recent, now.get());
        assertThat(revoked.size()).isEqualTo(3);

        now.set(now.get().plus(Duration.ofMinutes(10)));
        revoked.revokeSession("new", now.get());

        assertThat(revoked.size()).isEqualTo(2);
        assertThat(revoked.refuses(recent, null, now.get().minus(Duration.ofMinutes(11)))).isTrue();
    }
}
