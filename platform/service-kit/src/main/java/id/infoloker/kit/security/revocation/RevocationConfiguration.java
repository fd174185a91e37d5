package id.infoloker.kit.security.revocation;

import id.infoloker.events.Topics;
import id.infoloker.kit.security.SecurityProperties;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.ContainerProperties.AssignmentCommitOption;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/** The revocation projection, its Kafka feed (one consumer group per instance) and the token validator. */
@Configuration(proxyBeanMethods = false)
public class RevocationConfiguration {

    @Bean
    RevokedAccess revokedAccess(SecurityProperties security) {
        return new RevokedAccess(security.accessTokenLifetime(), Clock.systemUTC());
    }

    @Bean
    NotRevokedValidator notRevokedValidator(RevokedAccess revoked) {
        return new NotRevokedValidator(revoked);
    }

    @Bean
    KafkaMessageListenerContainer<String, String> revocationFeedContainer(
            ConsumerFactory<String, String> consumers, RevokedAccess revoked, JsonMapper json,
            SecurityProperties security, @Value("${spring.application.name}") String applicationName) {
        ContainerProperties properties = new ContainerProperties(Topics.ACCESS_REVOKED, Topics.ACCOUNT_STATUS_CHANGED);
        // Every instance must see every revocation: a group of its own, never shared with another instance.
        properties.setGroupId(applicationName + ".revocations." + UUID.randomUUID());
        properties.setClientId(applicationName + "-revocations");
        properties.setAckMode(AckMode.MANUAL);
        properties.setAssignmentCommitOption(AssignmentCommitOption.NEVER);
        Properties overrides = new Properties();
        overrides.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        overrides.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.setKafkaConsumerProperties(overrides);
        properties.setMessageListener(new RevocationFeed(revoked, json, security.accessTokenLifetime(),
                Clock.systemUTC()));
        KafkaMessageListenerContainer<String, String> container =
                new KafkaMessageListenerContainer<>(consumers, properties);
        container.setBeanName("revocationFeed");
        return container;
    }
}
