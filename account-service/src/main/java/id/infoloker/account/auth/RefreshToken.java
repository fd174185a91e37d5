package id.infoloker.account.auth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A refresh token, known here only by its SHA-256 hash. */
@Entity
@Table(name = "refresh_token")
class RefreshToken implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID accountId;
    private UUID familyId;
    private String tokenHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    @Transient
    private boolean isNew;

    protected RefreshToken() {
    }

    RefreshToken(UUID accountId, UUID familyId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.isNew = true;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Presented after it was already exchanged: someone else holds a copy. */
    boolean isReplayed() {
        return usedAt != null;
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    UUID accountId() {
        return accountId;
    }

    UUID familyId() {
        return familyId;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        this.isNew = false;
    }
}
