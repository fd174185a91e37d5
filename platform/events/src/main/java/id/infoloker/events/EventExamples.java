package id.infoloker.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON example of each topic's payload, shipped with this module so consumers' contract tests read the same text. */
public final class EventExamples {

    public static String jsonOf(String topic) {
        String resource = "/events/examples/" + topic + ".json";
        try (InputStream in = EventExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No example for topic " + topic);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventExamples() {
    }
}
