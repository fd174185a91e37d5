package id.infoloker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Every TCP port the devstack listens on. */
public record Ports(int gateway, int gatewayManagement, int account, int vacancy, int verification, int notification,
                    int web, int postgres, int kafka, int kafkaController, int smtp, int imap) {

    /** How many ports a devstack listens on: one per component of this record. */
    private static final int COUNT = Ports.class.getRecordComponents().length;

    /** The ports every service's application.yml defaults to, plus the devstack's own PostgreSQL and Kafka. */
    public static Ports defaults() {
        return new Ports(8080, 9080, 8081, 8082, 8083, 8084, 8085, 15432, 19092, 19093, 11025, 11143);
    }

    /** Shifts every port, so a second devstack (or the e2e tests) can run next to the first. */
    public Ports withOffset(int offset) {
        return new Ports(gateway + offset, gatewayManagement + offset, account + offset, vacancy + offset,
                verification + offset, notification + offset, web + offset, postgres + offset, kafka + offset,
                kafkaController + offset, smtp + offset, imap + offset);
    }

    /** Ports the operating system reports free right now (for tests; another process could still take one). */
    public static Ports free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // Hold every socket until all are chosen, so the ports are distinct.
            for (int i = 0; i < COUNT; i++) {
                ServerSocket socket = new ServerSocket();
                socket.bind(new InetSocketAddress("127.0.0.1", 0));
                sockets.add(socket);
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /** True when nothing listens on {@code port} (any interface). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to release.
        }
    }
}
