package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's proof: a person with distinctive values goes through documents, verification, an application and
 * notifications, is erased, and then no database table and no topic record (dead letters included) holds any of those
 * values readably; the erased case is never offered; the NIK registers again; the token is refused everywhere.
 */
class PersonalDataEverywhereIT {

    private static Devstack platform;
    private static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
    }

    @Test
    void anErasedPersonLeavesNothingReadableInAnyDatabaseOrTopicAndTheirNikRegistersAgain() throws Exception {
        Person person = Person.distinctive();
        UUID accountId = person.register();
        String firstToken = api.login(person.email(), person.password());
        String verifier = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        verifyAndApply(accountId, person, firstToken, verifier);
        // The e-mail change ends every session: from here on the person signs in with the new address.
        String token = throughRecoveryCorrectionAndFeedback(person, accountId, firstToken, verifier);
        // A second person whose case is still waiting in the queue when they are erased.
        Person waiting = Person.distinctive();
        UUID waitingId = waiting.register();
        String waitingToken = api.login(waiting.email(), waiting.password());
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), waitingToken, waiting.name());
        await().atMost(Duration.ofSeconds(60)).until(() -> caseStatus(waitingId) != null);
        UUID waitingCase = UUID.fromString(query("verification_service",
                "SELECT id::text FROM verification_case WHERE account_id = ?", waitingId).get(0));
        assertThat(PersonalDataScan.databases(person.values())).as("the scan finds the person before erasure")
                .isNotEmpty();

        long erasedAt = System.nanoTime();
        assertThat(api.delete("/api/accounts/me", token).status()).isEqualTo(204);
        assertThat(api.delete("/api/accounts/me", waitingToken).status()).isEqualTo(204);
        Map<String, Long> doneAfter = awaitErasureEverywhere(accountId, erasedAt);
        long propagation = doneAfter.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf("[erasure] erase -> last service done: %d ms (%s)%n", propagation, doneAfter);
        awaitErasureEverywhere(waitingId, erasedAt);

        assertThat(PersonalDataScan.databases(person.values())).as("readable occurrences in the databases").isEmpty();
        assertThat(PersonalDataScan.topics(person.values())).as("readable occurrences on the topics").isEmpty();
        assertThat(PersonalDataScan.databases(waiting.values())).isEmpty();
        assertThat(PersonalDataScan.topics(waiting.values())).isEmpty();

        // The waiting case left the queue for good: a verifier draining the queue never gets it.
        assertThat(caseStatusById(waitingCase)).isEqualTo("WITHDRAWN");
        List<String> offered = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response claimed = api.post("/api/verification/cases/claim-next", "", verifier);
            if (claimed.status() == 204) {
                return true;
            }
            String id = claimed.json().get("id").asString();
            offered.add(id);
            api.post("/api/verification/cases/" + id + "/decision", Map.of("outcome", "APPROVED"), verifier);
            return false;
        });
        assertThat(offered).doesNotContain(waitingCase.toString());
        assertThat(api.post("/api/verification/cases/" + waitingCase + "/decision", Map.of("outcome", "APPROVED"),
                verifier).status()).isEqualTo(409);

        // The erased person's token is refused by every service.
        for (String path : List.of("/api/accounts/me", "/api/verification/me", "/api/notifications/me",
                "/api/applications/mine", "/api/notifications/preferences")) {
            assertThat(api.get(path, token).status()).as(path).isEqualTo(401);
        }

        // The NIK (and e-mail, phone) are free again: the same person may register anew.
        Api.Response again = api.post("/api/accounts/job-seekers", person.latestRegistration(), null);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
    }

    @Test
    void anErasureConsumedAfterADownedServiceReturnsAndAReplayFromOffsetZeroBothLeaveThePersonErased()
            throws Exception {
        Person person = Person.distinctive();
        UUID accountId = person.register();
        String token = api.login(person.email(), person.password());
        await().atMost(Duration.ofSeconds(60)).until(() -> !query("verification_service",
                "SELECT id::text FROM verification_case WHERE account_id = ?", accountId).isEmpty()
                && !query("notification_service", "SELECT account_id::text FROM contact WHERE account_id = ?",
                        accountId).isEmpty());

        platform.stopService("notification-service");
        long erasedAt = System.nanoTime();
        assertThat(api.delete("/api/accounts/me", token).status()).isEqualTo(204);
        platform.startService("notification-service");
        Map<String, Long> doneAfter = awaitErasureEverywhere(accountId, erasedAt);
        System.out.printf("[erasure] with notification-service down at the erasure: caught up after %d ms%n",
                doneAfter.get("notification-service"));

        // Replay account.registered.v1 from offset 0 into verification and notification, as after an incident when
        // the inbox's marks have been pruned by retention: the person must not come back.
        for (String service : List.of("verification-service", "notification-service")) {
            platform.stopService(service);
            String database = service.replace('-', '_');
            update(database, "DELETE FROM processed_event WHERE consumer LIKE ?", service + ":account.%");
            rewindToZero(service, "account.registered.v1");
            rewindToZero(service, "account.status-changed.v1");
            platform.startService(service);
        }
        // Wait until both consumer groups have read the registration topic to its end again.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                lagOf("verification-service", "account.registered.v1") == 0
                        && lagOf("notification-service", "account.registered.v1") == 0);
        assertThat(query("verification_service", "SELECT id::text FROM verification_case WHERE account_id = ?",
                accountId)).isEmpty();
        assertThat(query("notification_service", "SELECT account_id::text FROM contact WHERE account_id = ?",
                accountId)).isEmpty();
        assertThat(PersonalDataScan.databases(person.values())).isEmpty();
    }

    /**
     * Technical rows that mention the account but are not the person's data to hand over: outbox/inbox copies of
     * events (sealed, deleted within days), the person's key, and hashed session tokens.
     */
    private static final List<String> NOT_EXPORTED = List.of("outbox_event", "processed_event",
            "personal_data_key", "refresh_token");

    @Test
    void theExportHoldsEverythingAnyDatabaseHoldsAboutTheAccount() {
        Person person = Person.distinctive();
        UUID accountId = person.register();
        String token = api.login(person.email(), person.password());
        String verifier = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        verifyAndApply(accountId, person, token, verifier);
        Api.Response preferences = api.put("/api/notifications/preferences",
                "{\"email\":true,\"sms\":false,\"alerts\":[{\"kecamatanCode\":\"321501\"}]}", token);
        assertThat(preferences.status()).as(preferences.body()).isEqualTo(200);

        Api.Response export = api.get("/api/accounts/me/export", token);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("\"unavailable\"");
        java.util.Set<String> bundle = PersonalDataScan.textValuesOf(export.body());

        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String database : PersonalDataScan.DATABASES) {
            for (Map.Entry<String, List<String>> table : PersonalDataScan.jsonRowsOf(database).entrySet()) {
                if (NOT_EXPORTED.stream().anyMatch(name -> table.getKey().endsWith("." + name))) {
                    continue;
                }
                for (String row : table.getValue()) {
                    if (!row.contains(accountId.toString())) {
                        continue;
                    }
                    rows++;
                    if (!PersonalDataScan.isRepresentedIn(row, bundle)) {
                        missing.add(database + "." + table.getKey() + ": " + row);
                    }
                }
            }
        }
        System.out.printf("[export] %d rows in 4 databases name the account; %d missing from the export%n", rows,
                missing.size());
        assertThat(rows).isGreaterThan(10);
        assertThat(missing).as("rows held about the account but missing from its export").isEmpty();
    }

    /**
     * Everything added since the first erasure work that carries the person's data: a password reset code (to their
     * e-mail and phone), a new e-mail address confirmed with its code, an identity correction approved with a note
     * naming them, and feedback that names them answered by the office. Records the new values in {@code person}.
     *
     * @return a token of the new session (the e-mail change ended the old ones)
     */
    private static String throughRecoveryCorrectionAndFeedback(Person person, UUID accountId, String token,
                                                               String verifier) throws Exception {
        assertThat(api.post("/api/auth/password-reset", Map.of("username", person.email()), null).status())
                .isEqualTo(202);

        String newEmail = "ganti." + person.email();
        Api.Response change = api.post("/api/accounts/me/email", Map.of("email", newEmail), token);
        assertThat(change.status()).as(change.body()).isEqualTo(202);
        String code = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                platform.sentMail().stream().filter(mail -> mail.to().equalsIgnoreCase(newEmail))
                        .map(mail -> java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(mail.text()))
                        .filter(java.util.regex.Matcher::find).map(matcher -> matcher.group(1))
                        .findFirst().orElse(null), java.util.Objects::nonNull);
        Api.Response confirmed = api.post("/api/accounts/me/email/confirm", Map.of("code", code), token);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        person.changed("email", newEmail);
        String signedIn = api.login(newEmail, person.password());

        Map<String, Object> corrected = new LinkedHashMap<>();
        corrected.put("fullName", person.name() + "wati");
        corrected.put("nik", ((String) person.registration().get("nik")).substring(0, 12)
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000)));
        corrected.put("birthPlace", person.registration().get("birthPlace"));
        corrected.put("birthDate", person.registration().get("birthDate"));
        corrected.put("sex", person.registration().get("sex"));
        Api.Response correction = api.post("/api/accounts/me/identity-correction", corrected, signedIn);
        assertThat(correction.status()).as(correction.body()).isEqualTo(202);
        person.changed("fullName", corrected.get("fullName"));
        person.changed("nik", corrected.get("nik"));
        decideUntil(verifier, accountId, Map.of("outcome", "APPROVED",
                "note", "KTP cocok dengan koreksi " + corrected.get("fullName")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "VERIFIED".equals(api.get("/api/accounts/me", signedIn).json().get("status").asString()));

        Api.Response feedback = api.post("/api/feedback", Map.of("category", "QUESTION", "page", "/status",
                "text", "Saya " + person.name() + ", NIK " + person.registration().get("nik") + ", surel "
                        + newEmail), signedIn);
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);
        String admin = api.login(platform.staff().adminEmail(), platform.staff().adminPassword());
        // The console's form, as the gateway forwards it once it has checked the session and CSRF.
        java.net.http.HttpResponse<String> replied = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.serviceUrl("verification")
                                + "/console/masukan/" + feedback.json().get("id").asString() + "/balasan"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("reply=" + java.net.URLEncoder.encode(
                                "Halo " + person.name() + ", kartu Anda sudah terbit.",
                                java.nio.charset.StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get("/api/notifications/me", signedIn).body().contains("kartu Anda sudah terbit"));
        return signedIn;
    }

    /** Claims cases until the account's is decided with {@code decision}; other cases ahead are approved plainly. */
    private static void decideUntil(String verifier, UUID accountId, Map<String, Object> decision) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response claimed = api.post("/api/verification/cases/claim-next", "", verifier);
            if (claimed.status() == 204) {
                return false;
            }
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
            boolean theirs = accountId.toString().equals(claimed.json().get("accountId").asString());
            Api.Response decided = api.post("/api/verification/cases/" + claimed.json().get("id").asString()
                    + "/decision", theirs ? decision : Map.of("outcome", "APPROVED"), verifier);
            assertThat(decided.status()).as(decided.body()).isBetween(200, 204);
            return theirs;
        });
    }

    /**
     * Documents sent, approved by a verifier, an application to an "operator" vacancy, and the notifications about
     * both in the person's inbox.
     */
    private static void verifyAndApply(UUID accountId, Person person, String token, String verifier) {
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), token, person.name());
        ThinFlowIT.approveUntilDecided(api, verifier, accountId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "VERIFIED".equals(api.get("/api/accounts/me", token).json().get("status").asString()));
        String vacancy = api.get("/api/vacancies?q=operator", null).json().get("items").get(0).get("id").asString();
        applyTo(vacancy, token);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/notifications/me", token).json().get("items").size() >= 2);
    }

    /** Applies as soon as vacancy-service's projection knows the person is verified (it learns it from Kafka). */
    private static void applyTo(String vacancy, String token) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            int status = api.post("/api/vacancies/" + vacancy + "/applications", "", token).status();
            return status == 201 || status == 409;
        });
    }

    /** Waits until each service has erased the account; how long after {@code since} each was seen done (ms). */
    static Map<String, Long> awaitErasureEverywhere(UUID accountId, long since) {
        Map<String, Long> done = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            long now = Duration.ofNanos(System.nanoTime() - since).toMillis();
            if (!done.containsKey("account-service") && !query("account_service",
                    "SELECT id::text FROM account WHERE id = ? AND status = 'ERASED'", accountId).isEmpty()) {
                done.put("account-service", now);
            }
            for (String service : List.of("verification-service", "notification-service", "vacancy-service")) {
                if (!done.containsKey(service) && !query(service.replace('-', '_'),
                        "SELECT account_id::text FROM erased_account WHERE account_id = ?", accountId).isEmpty()) {
                    done.put(service, now);
                }
            }
            return done.size() == 4;
        });
        return done;
    }

    private static String caseStatus(UUID accountId) {
        List<String> status = query("verification_service",
                "SELECT status FROM verification_case WHERE account_id = ? AND documents_complete", accountId);
        return status.isEmpty() ? null : status.get(0);
    }

    private static String caseStatusById(UUID caseId) {
        return query("verification_service", "SELECT status FROM verification_case WHERE id = ?", caseId).get(0);
    }

    private static long lagOf(String group, String topic) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new LinkedHashMap<>();
            committed.keySet().stream().filter(p -> p.topic().equals(topic))
                    .forEach(p -> latest.put(p, org.apache.kafka.clients.admin.OffsetSpec.latest()));
            if (latest.isEmpty()) {
                return Long.MAX_VALUE;
            }
            var ends = admin.listOffsets(latest).all().get();
            return latest.keySet().stream().mapToLong(p -> ends.get(p).offset() - committed.get(p).offset()).sum();
        } catch (Exception e) {
            return Long.MAX_VALUE;
        }
    }

    private static void rewindToZero(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetAndMetadata> zero = new LinkedHashMap<>();
            for (int p = 0; p < partitions; p++) {
                zero.put(new TopicPartition(topic, p), new OffsetAndMetadata(0));
            }
            // The group is empty once its service stopped; the broker may need a moment to see the members gone.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        admin.alterConsumerGroupOffsets(group, zero).all().get();
                        return true;
                    });
        }
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        return Admin.create(config);
    }

    static List<String> query(String database, String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database),
                platform.databaseUser(), platform.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String database, String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database),
                platform.databaseUser(), platform.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job seeker whose name, NIK, e-mail and phone occur nowhere else. */
    record Person(Map<String, Object> registration, Map<String, Object> changes) {

        static Person distinctive() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String letters = "";
            for (int i = 0; i < 8; i++) {
                letters += (char) ('a' + random.nextInt(26));
            }
            String tag = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
            Map<String, Object> body = JobSeekers.newRegistration();
            body.put("fullName", "Ratnasari " + tag + " Kusumaerasa");
            // Female, born 14 March 1997 in Karawang (321501): day + 40 in the NIK.
            body.put("nik", "321501540397" + String.format("%04d", random.nextInt(1, 10000)));
            body.put("birthDate", "1997-03-14");
            body.put("sex", "F");
            body.put("birthPlace", "Tempuran" + tag);
            body.put("email", "ratnasari." + letters + "@erasure.example.id");
            body.put("phone", "0813" + String.format("%08d", random.nextInt(0, 100_000_000)));
            body.put("address", "Jl. Erasa " + tag + " No. 7");
            return new Person(body, new LinkedHashMap<>());
        }

        UUID register() {
            Api.Response response = api.post("/api/accounts/job-seekers", registration, null);
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            return UUID.fromString(response.json().get("accountId").asString());
        }

        String name() {
            return (String) registration.get("fullName");
        }

        String email() {
            return (String) registration.get("email");
        }

        String password() {
            return (String) registration.get("password");
        }

        /** What must not be readable anywhere after erasure: the phone without its 0, as it is stored (+62…). */
        List<String> values() {
            String name = name();
            List<String> values = new ArrayList<>(List.of(name, name.split(" ")[1], (String) registration.get("nik"),
                    email(), ((String) registration.get("phone")).substring(1),
                    (String) registration.get("birthPlace"), (String) registration.get("address")));
            changes.values().forEach(value -> values.add((String) value));
            return values;
        }

        /** A value the person changed since registering (kept, for the scan, beside the registered one). */
        void changed(String field, Object value) {
            changes.put(field, value);
        }

        /** The registration with the person's latest name, NIK and e-mail. */
        Map<String, Object> latestRegistration() {
            Map<String, Object> latest = new LinkedHashMap<>(registration);
            latest.putAll(changes);
            return latest;
        }
    }
}
