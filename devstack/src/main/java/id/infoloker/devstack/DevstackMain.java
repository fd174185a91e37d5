package id.infoloker.devstack;

import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code bin/devstack}: starts everything, says where it is, and runs until Ctrl-C, which stops it all cleanly. */
public final class DevstackMain {

    private DevstackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before anything touches SLF4J: the Kafka admin client and zonky would otherwise log at DEBUG.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "devstack/devstack-logback.xml");
        }
        DevstackArguments arguments;
        try {
            arguments = DevstackArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(DevstackArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.print(DevstackArguments.USAGE);
            return;
        }
        Devstack devstack;
        try {
            // Ctrl-C: Devstack's shutdown hook stops the services, then Kafka, then PostgreSQL.
            devstack = Devstack.start(arguments.toOptions());
        } catch (DevstackException | IllegalArgumentException e) {
            System.err.println("[devstack] " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(summary(devstack));
        new CountDownLatch(1).await();
    }

    static String summary(Devstack devstack) {
        DevstackOptions options = devstack.options();
        StringBuilder text = new StringBuilder();
        text.append("[devstack] Infoloker is up, started in ").append(Console.seconds(devstack.startupTime()))
                .append('\n');
        if (options.services().contains(PlatformService.GATEWAY)) {
            text.append(line("Gateway", devstack.gatewayUrl()));
            // Both pages are served behind the gateway, so each needs the gateway and the service that renders it.
            if (options.services().contains(PlatformService.WEB)) {
                text.append(line("Portal", devstack.portalUrl()));
            }
            if (options.services().contains(PlatformService.VERIFICATION)) {
                text.append(line("Console", devstack.consoleUrl()));
            }
        }
        if (options.services().contains(PlatformService.ACCOUNT)) {
            StaffCredentials staff = devstack.staff();
            text.append(line("Admin", staff.adminEmail() + " / " + staff.adminPassword()));
            text.append(line("Verifier", staff.verifierEmail() + " / " + staff.verifierPassword()));
            DemoEmployerCredentials demo = DemoEmployerCredentials.defaults();
            text.append(line("Employers", String.join(", ", demo.emails()) + " / " + demo.password()
                    + " (verified; own the demo vacancies)"));
        }
        if (!options.services().isEmpty()) {
            text.append(line("Services", options.services().stream()
                    .map(service -> service.moduleName() + " " + devstack.serviceUrl(service.moduleName()))
                    .collect(Collectors.joining(", "))));
        }
        text.append(line("PostgreSQL", devstack.jdbcUrl("<database>") + " (user " + devstack.databaseUser()
                + ", password " + devstack.databasePassword() + ")"));
        text.append(line("Kafka", devstack.kafkaBootstrapServers()));
        text.append(line("Mail", "SMTP localhost:" + options.ports().smtp() + ", read over IMAP localhost:"
                + options.ports().imap() + " (user and password: the recipient's address)"));
        String followHint = options.follow() ? "" : " (--follow prints them here)";
        text.append(line("Logs", devstack.workDir().resolve("logs") + followHint));
        text.append("Ctrl-C stops everything.\n");
        return text.toString();
    }

    private static String line(String label, String value) {
        return String.format("  %-11s %s%n", label, value);
    }
}
