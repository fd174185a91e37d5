package id.infoloker.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for a service's Boot jar in the devstack's own tests, which cannot wait for the real services: answers the
 * readiness probe on {@code --server.port} (and {@code --management.server.port}). JDK classes only, so the test can
 * package it as a runnable jar by itself. A file {@code fail-on-start} next to the jar makes it fail like a service
 * whose context does not start.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        // Epoch milliseconds, so the test can check the start order across processes.
        System.out.println("Process started at " + System.currentTimeMillis());
        Map<String, String> properties = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                properties.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        Path jar = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        System.out.println("Fake service from " + jar + " with profile " + properties.get("spring.profiles.active"));
        if (Files.exists(jar.resolveSibling("fail-on-start"))) {
            System.out.println("APPLICATION FAILED TO START: simulated");
            System.exit(1);
        }
        serve(Integer.parseInt(properties.get("server.port")));
        // Like Spring Boot: a management port equal to server.port means actuator on the same server.
        if (properties.containsKey("management.server.port")
                && !properties.get("management.server.port").equals(properties.get("server.port"))) {
            serve(Integer.parseInt(properties.get("management.server.port")));
        }
        System.out.println("Started fake service on port " + properties.get("server.port") + ", ready at "
                + System.currentTimeMillis());
    }

    private static void serve(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
