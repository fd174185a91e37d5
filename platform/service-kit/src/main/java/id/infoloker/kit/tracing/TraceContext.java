package id.infoloker.kit.tracing;

import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent}) that ties an event to the request that caused it: captured when the
 * event is written to the outbox, sent as a Kafka header, restored around the consumer's work, so the same trace id is
 * in the gateway's, the producer's and every consumer's log lines.
 */
public interface TraceContext {

    /** The Kafka header (and outbox column) carrying it, named as in the W3C Trace Context recommendation. */
    String HEADER = "traceparent";

    /** version-traceid-parentid-flags, e.g. {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}. */
    Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    /** The traceparent of the span in scope, or null when there is none. */
    String current();

    /** Runs {@code work} in a child span of {@code traceparent} (its trace id in the logs); as is if none or invalid. */
    void within(String traceparent, String spanName, Runnable work);

    /** Where no tracer is configured: nothing is captured or restored. */
    TraceContext NONE = new TraceContext() {
        @Override
        public String current() {
            return null;
        }

        @Override
        public void within(String traceparent, String spanName, Runnable work) {
            work.run();
        }
    };

    static boolean isValid(String traceparent) {
        return traceparent != null && TRACEPARENT.matcher(traceparent).matches();
    }

    /** The trace id part of a valid traceparent. */
    static String traceIdOf(String traceparent) {
        return traceparent.substring(3, 35);
    }
}
