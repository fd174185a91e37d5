package id.infoloker.e2e;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.DevstackOptions;
import java.nio.file.Path;

/**
 * One devstack for the whole end-to-end run: embedded PostgreSQL, a real Kafka broker process and the six service
 * JVMs (web included) built by this reactor build. Ports are offset by 100 (gateway on 8180) so a developer's own devstack on 8080
 * can keep running. Stopped when the test JVM exits.
 */
final class RunningPlatform {

    static final int PORT_OFFSET = 100;
    private static Devstack devstack;

    static synchronized Devstack get() {
        if (devstack == null) {
            Path root = DevstackOptions.defaultRepositoryRoot();
            DevstackOptions options = DevstackOptions.defaults(root)
                    .withWorkDir(root.resolve("e2e-tests/target/devstack"))
                    .withPortOffset(PORT_OFFSET);
            devstack = Devstack.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(devstack::close, "devstack-stop"));
        }
        return devstack;
    }

    private RunningPlatform() {
    }
}
