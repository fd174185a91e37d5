package id.infoloker.vacancy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The devstack seeder (active only with the devstack profile) run by hand, twice, against the real database. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class DemoVacanciesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Outbox outbox;

    @Test
    void seedingIsIdempotentPublishesEachDemoOnceAndANewcomersFirstSearchFindsSomething() {
        DemoVacancies seeder = new DemoVacancies(jdbc, accounts, transactions, outbox, Clock.systemUTC());
        seeder.run(null);
        seeder.run(null);

        // Published through the outbox like a posted vacancy (the office's report counts them), once each.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND record_key LIKE "
                + "'d1000000-%'", Long.class, Topics.VACANCY_PUBLISHED)).isEqualTo(DemoVacancies.DEMOS.size());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM vacancy WHERE id::text LIKE 'd1000000-%'", Long.class))
                .isEqualTo(DemoVacancies.DEMOS.size());
        assertThat(accounts.find(DemoVacancies.SURYA.id())).hasValueSatisfying(account ->
                assertThat(account.isVerified()).isTrue());
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT kecamatan_code) FROM vacancy WHERE id::text LIKE "
                + "'d1000000-%'", Long.class)).isGreaterThanOrEqualTo(4);
        new VacancyApi(port, accounts).http().get().uri("/api/vacancies?q=operator produksi surya").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.companyName == 'PT Surya Otomotif Karawang')].title").isEqualTo("Operator Produksi");
        new VacancyApi(port, accounts).http().get().uri("/api/vacancies?q=sopir nusantara&kecamatan=321513").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.companyName == 'PT Logistik Nusantara Cikampek')].title")
                .isEqualTo("Sopir Truk Pengiriman");
    }
}
