package id.infoloker.account.ak1;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ak1CardRepository extends JpaRepository<Ak1Card, UUID> {

    @Query("select c from Ak1Card c where c.accountId = ?1 and c.status = id.infoloker.account.ak1.Ak1Card.Status.ACTIVE")
    Optional<Ak1Card> findActiveOf(UUID accountId);

    Optional<Ak1Card> findByVerificationCode(String verificationCode);

    @Query("select c from Ak1Card c where c.accountId = ?1")
    java.util.List<Ak1Card> findAllOf(UUID accountId);
}
