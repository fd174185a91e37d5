package id.infoloker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventExamplesContractTest {

    static final java.util.List<String> topics = Topics.ALL;

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @ParameterizedTest
    @FieldSource("topics")
    void exampleReadsIntoItsRecordWithNoUnknownField(String topic) {
        Object event = strict.readValue(EventExamples.jsonOf(topic), Topics.payloadTypeOf(topic));

        assertThat(event).isInstanceOf(Topics.payloadTypeOf(topic));
        assertThat(strict.writeValueAsString(event)).isNotBlank();
    }

    @ParameterizedTest
    @FieldSource("topics")
    void exampleNamesEveryFieldOfItsRecord(String topic) {
        JsonNode example = strict.readTree(EventExamples.jsonOf(topic));
        Set<String> recordFields = Arrays.stream(Topics.payloadTypeOf(topic).getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(example.propertyNames()).containsExactlyInAnyOrderElementsOf(recordFields);
    }

    @ParameterizedTest
    @FieldSource("topics")
    void everyTopicHasADeadLetterTopic(String topic) {
        assertThat(Topics.deadLetterOf(topic)).isEqualTo(topic + ".dlt");
    }
}
