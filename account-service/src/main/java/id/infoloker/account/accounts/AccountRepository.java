package id.infoloker.account.accounts;

import id.infoloker.events.AccountType;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByPhone(String phone);

    boolean existsByEmail(String email);

    /** Staff (VERIFIER, ADMIN) for the ADMIN's list: a few dozen in a regency's office. */
    List<Account> findByTypeInOrderByDisplayNameAsc(Collection<AccountType> types);

    /** Serialises status changes of one account (a decision and, later, an admin's suspension, say). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findForUpdate(@Param("id") UUID id);
}
