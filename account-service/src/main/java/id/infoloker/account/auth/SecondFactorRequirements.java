package id.infoloker.account.auth;

import id.infoloker.events.AccountType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff roles for which an ADMIN requires a second factor at sign-in. None by default (the devstack's printed staff
 * sign in with their password alone); a staff member of a required role without one enrols at their next sign-in.
 */
@Component
public class SecondFactorRequirements {

    private final JdbcTemplate jdbc;

    SecondFactorRequirements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean requiredFor(AccountType type) {
        return required().contains(type);
    }

    public Set<AccountType> required() {
        Set<AccountType> types = EnumSet.noneOf(AccountType.class);
        jdbc.query("SELECT account_type FROM second_factor_requirement",
                row -> {
                    types.add(AccountType.valueOf(row.getString(1)));
                });
        return types;
    }

    public void require(AccountType type, boolean required, UUID adminId, Instant now) {
        if (required) {
            jdbc.update("INSERT INTO second_factor_requirement (account_type, required_by, required_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", type.name(), adminId, Timestamp.from(now));
        } else {
            jdbc.update("DELETE FROM second_factor_requirement WHERE account_type = ?", type.name());
        }
    }
}
