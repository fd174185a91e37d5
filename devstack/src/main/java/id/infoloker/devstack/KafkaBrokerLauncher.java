package id.infoloker.devstack;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Main class of the broker's own JVM: formats the storage on the first start ({@code kafka-storage format}), then runs
 * {@code kafka.Kafka} like {@code kafka-server-start.sh}. Doing both in one JVM saves one JVM start-up.
 *
 * <p>Arguments: {@code <server.properties> [--format <cluster-id>]}.
 */
public final class KafkaBrokerLauncher {

    private KafkaBrokerLauncher() {
    }

    public static void main(String[] args) {
        if (args.length != 1 && !(args.length == 3 && "--format".equals(args[1]))) {
            System.err.println("usage: KafkaBrokerLauncher <server.properties> [--format <cluster-id>]");
            System.exit(2);
        }
        String serverProperties = args[0];
        if (args.length == 3) {
            // The static controller.quorum.voters needs no --standalone / --initial-controllers.
            int exitCode = StorageTool.execute(new String[] {"format", "-t", args[2], "-c", serverProperties},
                    System.out);
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        }
        Kafka.main(new String[] {serverProperties});
    }
}
