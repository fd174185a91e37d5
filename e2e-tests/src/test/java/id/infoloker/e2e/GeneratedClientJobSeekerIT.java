package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.infoloker.client.account.api.AuthApi;
import id.infoloker.client.account.api.DocumentsApi;
import id.infoloker.client.account.api.RegistrationApi;
import id.infoloker.client.account.model.JobSeekerRegistrationRequest;
import id.infoloker.client.account.model.LoginRequest;
import id.infoloker.client.notification.api.InappApi;
import id.infoloker.client.notification.model.NotificationView;
import id.infoloker.client.vacancy.api.ApplicationsApi;
import id.infoloker.client.vacancy.api.SearchApi;
import id.infoloker.client.vacancy.model.Submitted;
import id.infoloker.client.vacancy.model.VacancyPage;
import id.infoloker.client.verification.api.DecisionApi;
import id.infoloker.client.verification.api.OwnerApi;
import id.infoloker.client.verification.api.QueueApi;
import id.infoloker.client.verification.model.CaseView;
import id.infoloker.client.verification.model.DecisionRequest;
import id.infoloker.client.verification.model.MyVerification;
import id.infoloker.devstack.Devstack;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job seeker's flow driven only through the Java client OpenAPI Generator made from the published documents
 * (api-contract), as a mobile team would: no hand-written HTTP here. Every answer the client receives is also held
 * against the served documents ({@link ApiContract}).
 */
class GeneratedClientJobSeekerIT {

    static Devstack platform;
    static String gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        gateway = platform.gatewayUrl();
    }

    @Test
    void aJobSeekerRegistersIsVerifiedSearchesAppliesAndIsNotifiedThroughTheGeneratedClient() throws Exception {
        Map<String, Object> person = JobSeekers.newRegistration();
        JobSeekerRegistrationRequest registration = new JobSeekerRegistrationRequest()
                .fullName((String) person.get("fullName"))
                .nik((String) person.get("nik"))
                .birthPlace("Karawang")
                .birthDate(LocalDate.parse("1998-06-05"))
                .sex(JobSeekerRegistrationRequest.SexEnum.F)
                .email((String) person.get("email"))
                .phone((String) person.get("phone"))
                .password((String) person.get("password"))
                .address((String) person.get("address"))
                .kecamatanCode("321501")
                .education(JobSeekerRegistrationRequest.EducationEnum.SMK)
                .consent(true);
        Token owner = new Token();

        var accepted = new RegistrationApi(account(null)).registerJobSeekerWithHttpInfo(registration);
        assertThat(accepted.getStatusCode()).isEqualTo(202);
        UUID accountId = accepted.getData().getAccountId();

        // The same NIK with other contacts is someone else claiming it (an identical retry would be answered 202).
        JobSeekerRegistrationRequest sameNik = new JobSeekerRegistrationRequest()
                .fullName(registration.getFullName()).nik(registration.getNik()).birthPlace("Karawang")
                .birthDate(registration.getBirthDate()).sex(registration.getSex())
                .email("lain." + registration.getEmail()).phone("0813" + registration.getPhone().substring(4))
                .password(registration.getPassword()).address(registration.getAddress()).kecamatanCode("321501")
                .education(registration.getEducation()).consent(true);
        var again = new RegistrationApi(account(null));
        assertThatThrownBy(() -> again.registerJobSeeker(sameNik))
                .isInstanceOfSatisfying(id.infoloker.client.account.ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(409);
                    assertThat(refused.getResponseBody()).contains("\"code\":\"already-registered\"");
                });

        owner.value = new AuthApi(account(null)).signIn(new LoginRequest()
                .username(registration.getEmail()).password(registration.getPassword())).getAccessToken();
        DocumentsApi documents = new DocumentsApi(account(owner));
        for (String type : Documents.JOB_SEEKER_TYPES) {
            byte[] content = "CV".equals(type) ? Documents.pdf("client") : Documents.png(type + " client");
            assertThat(documents.uploadDocument(type, file(type, content)).getType()).hasToString(type);
        }
        var submitted = documents.submitDocumentsWithHttpInfo();
        assertThat(submitted.getStatusCode()).isEqualTo(202);

        // Until the submission's event has made the case, the service answers 404 no-verification-case: ask again.
        MyVerification waiting = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(id.infoloker.client.verification.ApiException.class)
                .until(() -> new OwnerApi(verification(owner)).myVerification(),
                        status -> status.getStatus() == MyVerification.StatusEnum.AWAITING_VERIFICATION);
        assertThat(waiting.getPosition()).isNotNull().isGreaterThanOrEqualTo(0L);
        assertThat(waiting.getEstimate()).isNotNull();

        approveUntilDecided(accountId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                new OwnerApi(verification(owner)).myVerification().getStatus() == MyVerification.StatusEnum.APPROVED);

        VacancyPage firstPage = new SearchApi(vacancy(null)).searchVacancies(null, null, null, null, null,
                "newest", null, 1);
        assertThat(firstPage.getItems()).hasSize(1);
        assertThat(firstPage.getNextCursor()).as("the devstack seeds several vacancies").isNotNull();
        VacancyPage secondPage = new SearchApi(vacancy(null)).searchVacancies(null, null, null, null, null,
                "newest", firstPage.getNextCursor(), 1);
        assertThat(secondPage.getItems()).hasSize(1)
                .doesNotContainAnyElementsOf(firstPage.getItems());

        UUID vacancyId = firstPage.getItems().get(0).getId();
        // The vacancy service learns of the approval from account.status-changed.v1.
        Submitted applied = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .ignoreException(id.infoloker.client.vacancy.ApiException.class)
                .until(() -> new ApplicationsApi(vacancy(owner)).applyToVacancy(vacancyId), result -> true);
        assertThat(applied.getStatus()).isEqualTo("DIKIRIM");
        assertThat(new ApplicationsApi(vacancy(owner)).listMyApplications())
                .anySatisfy(mine -> assertThat(mine.getApplicationId()).isEqualTo(applied.getApplicationId()));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(new InappApi(notification(owner)).myNotifications(20).getItems())
                        .extracting(NotificationView::getTitle, NotificationView::getBody)
                        .anySatisfy(text -> assertThat(text.toString()).containsIgnoringCase("disetujui")));
    }

    /** Claims cases until this account's is decided, approving those ahead of it, as a verifier on shift would. */
    private static void approveUntilDecided(UUID accountId) throws Exception {
        Token verifier = new Token();
        verifier.value = new AuthApi(account(null)).signIn(new LoginRequest()
                .username(platform.staff().verifierEmail()).password(platform.staff().verifierPassword()))
                .getAccessToken();
        QueueApi queue = new QueueApi(verification(verifier));
        DecisionApi decisions = new DecisionApi(verification(verifier));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var claimed = queue.claimNextCaseWithHttpInfo();
            if (claimed.getStatusCode() == 204) {
                return false;
            }
            CaseView theCase = claimed.getData();
            decisions.decideCase(theCase.getId(), new DecisionRequest().outcome(DecisionRequest.OutcomeEnum.APPROVED));
            return accountId.equals(theCase.getAccountId());
        });
    }

    /** The person's current access token, sent as a bearer token by every client made with it. */
    static final class Token {
        String value;
    }

    private static id.infoloker.client.account.ApiClient account(Token token) {
        id.infoloker.client.account.ApiClient client = new id.infoloker.client.account.ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(bearer(token));
        client.setResponseInterceptor(heldAgainstTheDocuments());
        return client;
    }

    private static id.infoloker.client.vacancy.ApiClient vacancy(Token token) {
        id.infoloker.client.vacancy.ApiClient client = new id.infoloker.client.vacancy.ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(bearer(token));
        client.setResponseInterceptor(heldAgainstTheDocuments());
        return client;
    }

    private static id.infoloker.client.verification.ApiClient verification(Token token) {
        id.infoloker.client.verification.ApiClient client = new id.infoloker.client.verification.ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(bearer(token));
        client.setResponseInterceptor(heldAgainstTheDocuments());
        return client;
    }

    private static id.infoloker.client.notification.ApiClient notification(Token token) {
        id.infoloker.client.notification.ApiClient client = new id.infoloker.client.notification.ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(bearer(token));
        client.setResponseInterceptor(heldAgainstTheDocuments());
        return client;
    }

    private static Consumer<HttpRequest.Builder> bearer(Token token) {
        return request -> {
            request.header("Accept-Language", "id");
            if (token != null && token.value != null) {
                request.header("Authorization", "Bearer " + token.value);
            }
        };
    }

    private static Consumer<HttpResponse<java.io.InputStream>> heldAgainstTheDocuments() {
        return response -> {
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            ApiContract.servedBy(gateway).check(response.request().method(), response.uri().getPath(),
                    response.statusCode(), contentType, contentType != null);
        };
    }

    private static File file(String type, byte[] content) {
        try {
            Path file = Files.createTempFile(type.toLowerCase(), "CV".equals(type) ? ".pdf" : ".png");
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
