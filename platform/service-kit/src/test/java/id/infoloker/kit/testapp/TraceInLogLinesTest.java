package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every log line names its trace and span: the plain lines of the devstack (Boot's console pattern with the
 * correlation part) and the ECS JSON lines the cluster writes (`logging.structured.format.console=ecs`), both for the
 * outbox line written in the request and for the inbox line written by the consumer in the restored trace.
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class TraceInLogLinesTest {

    @Autowired
    KitTestApplication.VacancyCloser closer;

    @Autowired
    KitTestApplication.ClosedVacancyListener listener;

    @Autowired
    Tracer tracer;

    private final ByteArrayOutputStream json = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> ecsAppender;

    @BeforeEach
    void writeTheOutboxAndInboxLinesAsEcsJsonToo() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        ecsAppender = new OutputStreamAppender<>();
        ecsAppender.setContext(context);
        ecsAppender.setEncoder(encoder);
        ecsAppender.setOutputStream(json);
        ecsAppender.start();
        loggers().forEach(logger -> logger.addAppender(ecsAppender));
    }

    @AfterEach
    void detach() {
        loggers().forEach(logger -> logger.detachAppender(ecsAppender));
        ecsAppender.stop();
    }

    @Test
    void plainLinesOfTheProducerAndTheConsumerCarryTheTraceAndTheProducersSpan(CapturedOutput output) {
        UUID vacancy = UUID.randomUUID();
        Span request = closeInRequest(vacancy);
        String traceId = request.context().traceId();

        assertThat(output.getOut()).contains("[" + traceId + "-" + request.context().spanId() + "]");
        await().untilAsserted(() -> assertThat(listener.effects).contains(vacancy));
        await().untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("applied by") && line.contains(traceId)))
                .singleElement().asString().matches(".*\\[" + traceId + "-[0-9a-f]{16}\\].*")
                .doesNotContain(request.context().spanId()));
    }

    @Test
    void ecsJsonLinesOfTheProducerAndTheConsumerCarryTraceIdAndSpanId() {
        UUID vacancy = UUID.randomUUID();
        Span request = closeInRequest(vacancy);
        String traceId = request.context().traceId();
        await().untilAsserted(() -> assertThat(listener.effects).contains(vacancy));

        await().untilAsserted(() -> {
            List<JsonNode> lines = jsonLines().stream()
                    .filter(line -> traceId.equals(line.path("traceId").asString(""))).toList();
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asString()).contains("written to the outbox");
                assertThat(line.path("spanId").asString()).isEqualTo(request.context().spanId());
            });
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asString()).contains("applied by");
                assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}")
                        .isNotEqualTo(request.context().spanId());
            });
        });
    }

    /**
     * Only a tenth of the requests are recorded as spans (infoloker-defaults.yml: sampling probability 0.1, issue 17):
     * the other nine still have their trace and span ids in every line, in the outbox row and in the Kafka header.
     */
    @Test
    void anUnsampledRequestStillNamesItsTraceInTheProducersAndTheConsumersLines(CapturedOutput output) {
        UUID vacancy = UUID.randomUUID();
        TraceContext unsampled = tracer.traceContextBuilder()
                .traceId(hex(32)).spanId(hex(16)).sampled(false).build();
        Span request = tracer.spanBuilder().setParent(unsampled).name("request").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            closer.close(vacancy, "CLOSED_BY_EMPLOYER", false);
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();
        assertThat(request.context().sampled()).isFalse();

        assertThat(output.getOut()).contains("[" + traceId + "-" + request.context().spanId() + "]");
        await().untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("applied by") && line.contains(traceId)))
                .singleElement().asString().matches(".*\\[" + traceId + "-[0-9a-f]{16}\\].*"));
    }

    private static String hex(int digits) {
        String random = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return random.substring(0, digits);
    }

    private Span closeInRequest(UUID vacancy) {
        Span request = tracer.nextSpan().name("request").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            closer.close(vacancy, "CLOSED_BY_EMPLOYER", false);
        } finally {
            request.end();
        }
        return request;
    }

    private List<JsonNode> jsonLines() {
        JsonMapper mapper = JsonMapper.builder().build();
        String written;
        synchronized (json) {
            written = json.toString(StandardCharsets.UTF_8);
        }
        return Arrays.stream(written.split("\n")).filter(line -> line.startsWith("{")).map(mapper::readTree).toList();
    }

    private static List<Logger> loggers() {
        return List.of((Logger) LoggerFactory.getLogger(Outbox.class), (Logger) LoggerFactory.getLogger(Inbox.class));
    }
}
