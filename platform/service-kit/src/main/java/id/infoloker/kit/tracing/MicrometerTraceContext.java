package id.infoloker.kit.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/** {@link TraceContext} over Micrometer Tracing (OpenTelemetry bridge): W3C propagation, as HTTP calls use it. */
public class MicrometerTraceContext implements TraceContext {

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        String traceparent = carrier.get(HEADER);
        return TraceContext.isValid(traceparent) ? traceparent : null;
    }

    @Override
    public void within(String traceparent, String spanName, Runnable work) {
        if (!TraceContext.isValid(traceparent)) {
            work.run();
            return;
        }
        Span span = propagator.extract(Map.of(HEADER, traceparent), Map::get).name(spanName).kind(Span.Kind.CONSUMER)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } finally {
            span.end();
        }
    }
}
