package id.infoloker.benchmarks.drills;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-model registration load through the gateway: one request every 1/rate seconds, sent asynchronously, so a slow
 * or failing platform does not lower the offered rate (a closed loop would wait and hide the outage). Bounded: it
 * sends rate × duration requests and each request gives up after 30 s.
 */
final class RegistrationLoad implements AutoCloseable {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\"accountId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> inFlight = new CopyOnWriteArrayList<>();
    private final ExecutorService answers = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(answers).build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final String gateway;
    private final Registrations registrations;
    private volatile long startedAtMillis;

    RegistrationLoad(String gateway, Registrations registrations) {
        this.gateway = gateway;
        this.registrations = registrations;
    }

    RegistrationLoad start(double perSecond, Duration duration) {
        long total = Math.round(perSecond * duration.toMillis() / 1000.0);
        AtomicLong sent = new AtomicLong();
        startedAtMillis = System.currentTimeMillis();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() > total) {
                ticker.shutdown();
                return;
            }
            send();
        }, 0, Math.round(1_000_000_000 / perSecond), TimeUnit.NANOSECONDS);
        return this;
    }

    long startedAtMillis() {
        return startedAtMillis;
    }

    /** Waits for the last request to be sent and answered (or to time out). */
    void awaitEnd() throws InterruptedException {
        ticker.awaitTermination(1, TimeUnit.HOURS);
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(failure -> null).join();
    }

    List<UUID> acceptedAccounts() {
        return outcomes.stream().filter(Outcome::accepted).map(Outcome::accountId).toList();
    }

    private void send() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/accounts/job-seekers"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registrations.next(), StandardCharsets.UTF_8))
                .build();
        long sentAt = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long latency = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
            if (failure != null) {
                outcomes.add(new Outcome(sentAt, Outcome.NO_ANSWER, latency, null, null));
            } else {
                String body = response.body();
                UUID account = response.statusCode() == 202 ? find(ACCOUNT_ID, body).map(UUID::fromString)
                        .orElse(null) : null;
                outcomes.add(new Outcome(sentAt, response.statusCode(), latency,
                        response.statusCode() >= 400 ? find(CODE, body).orElse(null) : null, account));
            }
            return null;
        }));
    }

    private static Optional<String> find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body == null ? "" : body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        answers.shutdownNow();
    }
}
