package id.infoloker.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.events.AccountType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AccountServiceIntegrationTest
class StaffAccountsTest {

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    StaffProperties staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConfiguredStaffExistOnceVerifiedAndWithoutEvents() {
        Map<String, Object> admin = jdbc.queryForMap("SELECT * FROM account WHERE email = 'admin@test.infoloker.id'");
        Map<String, Object> verifier = jdbc.queryForMap(
                "SELECT * FROM account WHERE email = 'verifier@test.infoloker.id'");

        assertThat(admin).containsEntry("type", "ADMIN").containsEntry("status", "VERIFIED")
                .containsEntry("display_name", "Administrator");
        assertThat(verifier).containsEntry("type", "VERIFIER").containsEntry("status", "VERIFIED")
                .containsEntry("display_name", "Verifikator Uji");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key IN (?, ?)", Integer.class,
                admin.get("id").toString(), verifier.get("id").toString())).isZero();
    }

    @Test
    void startingAgainCreatesNoSecondAccount() throws Exception {
        assertThat(staffAccounts.ensure(AccountType.ADMIN, staff.admin(), "Administrator")).isFalse();
        assertThat(staffAccounts.ensure(AccountType.VERIFIER, staff.verifier(), "Verifikator")).isFalse();
        staffAccounts.run(null);

        // Other tests create more staff through the API; the configured ones exist once each.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM account WHERE email IN ('admin@test.infoloker.id', 'verifier@test.infoloker.id')""",
                Integer.class)).isEqualTo(2);
    }
}
