package id.infoloker.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.EventExamples;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** This service reads the producers' own examples, and writes what its consumers' examples say. */
@AccountServiceIntegrationTest
class EventContractTest {

    @Autowired
    JsonMapper json;

    @Test
    void readsTheVerificationServicesDecisionExample() {
        VerificationDecided decided = json.readValue(EventExamples.jsonOf(Topics.VERIFICATION_DECIDED),
                VerificationDecided.class);

        assertThat(decided.accountId()).isEqualTo(UUID.fromString("0b7c6f5e-3f1a-4c55-9d3e-2a1f7e9c4b10"));
        assertThat(decided.outcome()).isEqualTo(VerificationOutcome.APPROVED);
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.documentsToRedo()).isEmpty();
    }

    @Test
    void writesEventsShapedLikeTheExamplesItsConsumersRead() {
        for (String topic : new String[] {Topics.ACCOUNT_REGISTERED, Topics.ACCOUNT_STATUS_CHANGED}) {
            JsonNode example = json.readTree(EventExamples.jsonOf(topic));
            Object event = json.readValue(EventExamples.jsonOf(topic), Topics.payloadTypeOf(topic));
            JsonNode written = json.readTree(json.writeValueAsString(event));

            assertThat(written).as(topic).isEqualTo(example);
        }
        assertThat(Topics.payloadTypeOf(Topics.ACCOUNT_REGISTERED)).isEqualTo(AccountRegistered.class);
        assertThat(Topics.payloadTypeOf(Topics.ACCOUNT_STATUS_CHANGED)).isEqualTo(AccountStatusChanged.class);
    }
}
