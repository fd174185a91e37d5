package id.infoloker.account.accounts;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployerProfileRepository extends JpaRepository<EmployerProfile, UUID> {
}
