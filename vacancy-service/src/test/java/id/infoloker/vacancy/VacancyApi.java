package id.infoloker.vacancy;

import id.infoloker.testkit.TestInfrastructure;
import id.infoloker.testkit.TestTokens;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test helpers shared by the integration tests: accounts in the projection, tokens, vacancies through the API. */
public final class VacancyApi {

    public static final ZoneId KARAWANG = ZoneId.of("Asia/Jakarta");

    private final WebTestClient http;
    private final AccountProjection accounts;

    public VacancyApi(int port, AccountProjection accounts) {
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        this.accounts = accounts;
    }

    public WebTestClient http() {
        return http;
    }

    public UUID verifiedEmployer(String companyName) {
        UUID id = UUID.randomUUID();
        accounts.seedVerified(id, "EMPLOYER", companyName, Instant.now());
        return id;
    }

    public UUID verifiedJobSeeker(String name) {
        UUID id = UUID.randomUUID();
        accounts.seedVerified(id, "JOB_SEEKER", name, Instant.now());
        return id;
    }

    public static String employer(UUID id) {
        return "Bearer " + TestTokens.forAccount(id, "EMPLOYER");
    }

    public static String jobSeeker(UUID id) {
        return "Bearer " + TestTokens.forAccount(id, "JOB_SEEKER");
    }

    public static String admin() {
        return "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "ADMIN");
    }

    public static LocalDate today() {
        return LocalDate.now(KARAWANG);
    }

    /** A word the Indonesian stemmer leaves alone (no known prefix or suffix), unique to one test. */
    public static String tag() {
        StringBuilder tag = new StringBuilder("x");
        String consonants = "bcdfghjklpqrstvwxz";
        for (int i = 0; i < 8; i++) {
            tag.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return tag.append('z').toString();
    }

    public static Map<String, Object> vacancy(String title, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("requirements", "Lulusan SMA/SMK, sehat jasmani, bersedia kerja shift.");
        body.put("minimumEducation", "SMA");
        body.put("kecamatanCode", "321503");
        body.put("employmentType", "PKWT");
        body.put("salaryMin", 5_000_000L);
        body.put("salaryMax", 5_500_000L);
        body.put("openings", 3);
        body.put("closingDate", today().plusDays(30).toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public WebTestClient.ResponseSpec createDraft(UUID employer, Map<String, Object> body) {
        return http.post().uri("/api/vacancies").header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public UUID draft(UUID employer, Map<String, Object> body) {
        Map<?, ?> created = createDraft(employer, body).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    public WebTestClient.ResponseSpec publish(UUID employer, UUID vacancy) {
        return http.post().uri("/api/vacancies/{id}/publish", vacancy).header("Authorization", employer(employer))
                .exchange();
    }

    public UUID published(UUID employer, Map<String, Object> body) {
        UUID id = draft(employer, body);
        publish(employer, id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        return id;
    }

    public WebTestClient.ResponseSpec apply(UUID jobSeeker, UUID vacancy) {
        return http.post().uri("/api/vacancies/{id}/applications", vacancy).header("Authorization", jobSeeker(jobSeeker))
                .exchange();
    }

    public UUID applied(UUID jobSeeker, UUID vacancy) {
        Map<?, ?> submitted = apply(jobSeeker, vacancy).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        return UUID.fromString((String) submitted.get("applicationId"));
    }

    public WebTestClient.ResponseSpec move(UUID employer, UUID application, String status) {
        return http.post().uri("/api/applications/{id}/status", application).header("Authorization", employer(employer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", status)).exchange();
    }

    public static Map<String, Object> interview() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", java.time.LocalDateTime.now(KARAWANG).plusDays(3).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toString());
        body.put("durationMinutes", 60);
        body.put("place", "Kantor HRD, Jl. Industri Selatan 5, KIIC, Telukjambe Barat");
        body.put("contactName", "Ibu Rina (HRD)");
        body.put("contactPhone", "0812-3456-7001");
        body.put("note", "Bawa fotokopi KTP dan ijazah.");
        return body;
    }

    public WebTestClient.ResponseSpec invite(UUID employer, UUID application, Map<String, Object> interview) {
        return http.post().uri("/api/applications/{id}/interview", application)
                .header("Authorization", employer(employer)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(interview).exchange();
    }

    /** Through the pipeline to DITERIMA, with an interview on the way. */
    public void hire(UUID employer, UUID application) {
        move(employer, application, "DILIHAT").expectStatus().isOk();
        move(employer, application, "DIPROSES").expectStatus().isOk();
        invite(employer, application, interview()).expectStatus().isOk();
        move(employer, application, "DITERIMA").expectStatus().isOk();
    }

    public static void publishRecord(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add(id.infoloker.events.EventHeaders.EVENT_ID,
                    UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
