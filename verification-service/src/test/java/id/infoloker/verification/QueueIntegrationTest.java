package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountType;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.VerificationCase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.json.JsonMapper;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class QueueIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    static final long CASES = 100;

    StaffApi api;

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    @Test
    void twentyConcurrentVerifiersClaimEachOfAHundredCasesExactlyOnce() throws Exception {
        Instant base = Instant.now();
        Set<UUID> accounts = new java.util.HashSet<>();
        for (int i = 0; i < CASES; i++) {
            UUID accountId = UUID.randomUUID();
            accounts.add(accountId);
            Registrations.publish(json, Registrations.jobSeeker(accountId, "Pencaker " + i,
                    base.plusMillis(i)), UUID.randomUUID().toString());
            Registrations.submitDocuments(json, accountId, AccountType.JOB_SEEKER, 1,
                    Registrations.JOB_SEEKER_DOCUMENTS);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM verification_case WHERE account_id = ANY (?) AND documents_complete",
                Long.class, (Object) accounts.toArray(UUID[]::new)) == CASES);

        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService verifiers = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int v = 0; v < 20; v++) {
                UUID verifier = UUID.randomUUID();
                work.add(() -> drainQueue(verifier, claimed));
            }
            for (Future<Integer> done : verifiers.invokeAll(work)) {
                done.get();
            }
        } finally {
            verifiers.shutdownNow();
        }

        Map<UUID, Long> claimsPerCase = claimed.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(claimsPerCase.values()).allMatch(count -> count == 1L);
        List<VerificationCase> ours = cases.findAll().stream().filter(c -> accounts.contains(c.accountId())).toList();
        assertThat(ours).hasSize((int) CASES).allSatisfy(c -> {
            assertThat(claimsPerCase).containsKey(c.id());
            assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
        });
        api.claimNext(UUID.randomUUID(), "VERIFIER").expectStatus().isNoContent();
        api.get("/api/verification/queue", UUID.randomUUID(), "ADMIN").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.pending").isEqualTo(0)
                .jsonPath("$.oldestWaitingSince").doesNotExist();
    }

    /** One verifier's loop: claim, approve, until the queue is empty. */
    private int drainQueue(UUID verifier, List<UUID> claimed) {
        int handled = 0;
        while (true) {
            EntityExchangeResult<CaseView> result = api.claimNext(verifier, "VERIFIER")
                    .expectBody(CaseView.class).returnResult();
            if (result.getStatus().value() == HttpStatus.NO_CONTENT.value()) {
                return handled;
            }
            assertThat(result.getStatus().value()).isEqualTo(200);
            CaseView next = result.getResponseBody();
            claimed.add(next.id());
            api.decide(next.id(), verifier, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();
            handled++;
        }
    }

    @Test
    void tenParallelClaimsByOneVerifierGiveTheSameSingleCase() throws Exception {
        for (int i = 0; i < 3; i++) {
            Registrations.registerAndAwaitCase(json, cases, Instant.now());
        }
        UUID verifier = UUID.randomUUID();
        ExecutorService tabs = Executors.newFixedThreadPool(10);
        List<EntityExchangeResult<CaseView>> answers = new ArrayList<>();
        try {
            List<Callable<EntityExchangeResult<CaseView>>> clicks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                clicks.add(() -> api.claimNext(verifier, "VERIFIER").expectBody(CaseView.class).returnResult());
            }
            for (Future<EntityExchangeResult<CaseView>> answer : tabs.invokeAll(clicks)) {
                answers.add(answer.get());
            }
        } finally {
            tabs.shutdownNow();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().value()).isIn(200, 204));
        Set<UUID> handedOut = answers.stream().filter(answer -> answer.getStatus().value() == 200)
                .map(answer -> answer.getResponseBody().id()).collect(Collectors.toSet());
        assertThat(handedOut).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM verification_case WHERE claimed_by = ? AND status = "
                + "'CLAIMED'", Long.class, verifier)).isEqualTo(1L);
    }

    @Test
    void aVerifierWhoStillHoldsACaseGetsTheSameCaseBackWithAFreshLease() {
        Registrations.registerAndAwaitCase(json, cases, Instant.now());
        UUID verifier = UUID.randomUUID();

        CaseView first = api.claimNext(verifier, "VERIFIER").expectStatus().isOk()
                .expectBody(CaseView.class).returnResult().getResponseBody();
        CaseView again = api.claimNext(verifier, "VERIFIER").expectStatus().isOk()
                .expectBody(CaseView.class).returnResult().getResponseBody();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(CaseStatus.CLAIMED);
        assertThat(again.claimedBy()).isEqualTo(verifier);
        assertThat(again.leaseExpiresAt()).isAfterOrEqualTo(first.leaseExpiresAt())
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
    }

    @Test
    void aCaseWhoseLeaseExpiredGoesToTheNextVerifierAndTheFirstMayNoLongerDecideIt() {
        // Registered long ago, so it is the head of the queue whatever other tests left behind.
        VerificationCase old = Registrations.registerAndAwaitCase(json, cases,
                Instant.parse("2000-01-01T00:00:00Z").plusSeconds(new java.util.Random().nextInt(1000)));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CaseView claimedByFirst = api.claimNext(first, "VERIFIER").expectStatus().isOk()
                .expectBody(CaseView.class).returnResult().getResponseBody();
        assertThat(claimedByFirst.id()).isEqualTo(old.id());

        jdbc.update("UPDATE verification_case SET lease_expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), old.id());

        api.claimNext(second, "VERIFIER").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(old.id().toString())
                .jsonPath("$.claimedBy").isEqualTo(second.toString());
        api.decide(old.id(), first, "VERIFIER", "{\"outcome\":\"APPROVED\"}")
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("case-not-claimed");
        api.decide(old.id(), second, "VERIFIER", "{\"outcome\":\"APPROVED\"}").expectStatus().isOk();
    }

    @Test
    void staffSeeQueueDepthAndPagedCases() {
        VerificationCase pending = Registrations.registerAndAwaitCase(json, cases, Instant.now());

        api.get("/api/verification/queue", UUID.randomUUID(), "VERIFIER").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.pending").value(Integer.class, count -> assertThat(count).isPositive())
                .jsonPath("$.claimed").exists()
                .jsonPath("$.oldestWaitingSince").exists();
        api.get("/api/verification/cases?status=PENDING&size=500", UUID.randomUUID(), "ADMIN")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.size").isEqualTo(100)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.items[*].status").value(List.class, statuses ->
                        assertThat(statuses).isNotEmpty().allMatch("PENDING"::equals))
                .jsonPath("$.items[?(@.id == '" + pending.id() + "')]").exists()
                .jsonPath("$.items[0].nik").doesNotExist();
    }

    @Test
    void badListParametersAreProblems400() {
        api.get("/api/verification/cases?status=WAITING", UUID.randomUUID(), "ADMIN")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.get("/api/verification/cases?page=-1", UUID.randomUUID(), "ADMIN")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        // page × size used to overflow the database's offset: a 500.
        api.get("/api/verification/cases?page=2147483647&size=100", UUID.randomUUID(), "ADMIN")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void jobSeekersAndEmployersMayNotUseTheQueue() {
        for (String role : List.of("JOB_SEEKER", "EMPLOYER")) {
            UUID someone = UUID.randomUUID();
            api.claimNext(someone, role).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("forbidden");
            api.get("/api/verification/queue", someone, role).expectStatus().isForbidden();
            api.get("/api/verification/cases?status=PENDING", someone, role).expectStatus().isForbidden();
            api.decide(UUID.randomUUID(), someone, role, "{\"outcome\":\"APPROVED\"}").expectStatus().isForbidden();
        }
        api.raw().post().uri("/api/verification/cases/claim-next").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
    }
}
