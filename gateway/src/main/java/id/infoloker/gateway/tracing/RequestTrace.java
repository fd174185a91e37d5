package id.infoloker.gateway.tracing;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Puts the request's trace (and so its trace and span ids in the MDC) on the current thread for one log statement.
 *
 * <p>The gateway runs Reactor with limited context propagation (application.yml): automatic propagation restored
 * every thread-local — the observation scope, the OpenTelemetry context, the MDC — around every operator of every
 * request, a fifth of the gateway's CPU on an uncached authenticated GET (issue 17, docs/benchmarks.md). The trace
 * itself travels in the Reactor context either way (the forwarded {@code traceparent} is the server span's, see
 * {@link TraceForwarding}); only the few places that log need it as thread-locals, and they ask for it here.
 */
public final class RequestTrace {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private RequestTrace() {
    }

    /** Runs {@code logging} with the thread-locals of {@code context} (the request's trace) in place. */
    public static void log(ContextView context, Runnable logging) {
        try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
            logging.run();
        }
    }

    /** A step that logs with the request's trace when subscribed, for use inside a reactive chain. */
    public static Mono<Void> log(Runnable logging) {
        return Mono.deferContextual(context -> {
            log(context, logging);
            return Mono.empty();
        });
    }
}
