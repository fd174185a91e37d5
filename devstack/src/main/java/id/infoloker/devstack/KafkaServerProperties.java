package id.infoloker.devstack;

import java.nio.file.Path;

/** The {@code server.properties} of a single-node KRaft cluster: one process is broker and controller. */
record KafkaServerProperties(int port, int controllerPort, Path dataDir) {

    String render() {
        return """
                # Written by the devstack on every start; edit KafkaServerProperties.java instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                controller.listener.names=CONTROLLER
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                # One broker: every replication factor and min ISR must be 1.
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # Fewer internal partitions than the default 50: the first consumer group starts sooner.
                offsets.topic.num.partitions=10
                transaction.state.log.num.partitions=10
                # Consumers join at once instead of waiting 3 s for more members.
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, dataDir.toAbsolutePath().toString().replace('\\', '/'));
    }
}
