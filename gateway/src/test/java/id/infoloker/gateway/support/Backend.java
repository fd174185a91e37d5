package id.infoloker.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.awaitility.Awaitility;

/** A stand-in for one service: a real HTTP server (WireMock) on a fixed local port that a test can take down. */
public final class Backend {

    private final String name;
    private WireMockServer server;

    Backend(String name) {
        this.name = name;
        this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(20));
        this.server.start();
    }

    public String name() {
        return name;
    }

    public WireMockServer server() {
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Closes the port (connection refused) while {@code whileDown} runs, then listens again on the same port. */
    public void down(Runnable whileDown) {
        int port = server.port();
        server.stop();
        try {
            whileDown.run();
        }
        finally {
            server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").containerThreads(20));
            server.start();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> accepts(port));
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        }
        catch (IOException notYet) {
            return false;
        }
    }
}
