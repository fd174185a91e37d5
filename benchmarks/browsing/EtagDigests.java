import java.security.MessageDigest;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What one ETag costs on this JVM: microseconds per 8 KB body (a page of search results) for Spring's MD5, SHA-1,
 * SHA-256 and the service kit's CRC32C + CRC32. Run with the services' flags to compare like with like:
 *
 * <pre>
 *   java benchmarks/browsing/EtagDigests.java                          # full JIT
 *   java -XX:TieredStopAtLevel=1 benchmarks/browsing/EtagDigests.java  # C1 only, as the devstack by default
 * </pre>
 * The last of three rounds is the figure (the first ones include compilation).
 */
public class EtagDigests {

    public static void main(String[] args) throws Exception {
        byte[] body = new byte[8192];
        new Random(1).nextBytes(body);
        int n = 20_000;
        for (int round = 1; round <= 3; round++) {
            for (String algorithm : new String[] {"MD5", "SHA-1", "SHA-256", "CRC32C+CRC32"}) {
                long sink = 0;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    if (algorithm.startsWith("CRC")) {
                        CRC32C crc32c = new CRC32C();
                        crc32c.update(body);
                        CRC32 crc32 = new CRC32();
                        crc32.update(body);
                        sink += crc32c.getValue() ^ crc32.getValue();
                    } else {
                        sink += MessageDigest.getInstance(algorithm).digest(body)[0];
                    }
                }
                System.out.printf("round %d  %-13s %6.1f us per 8 KB  (%d)%n", round, algorithm,
                        (System.nanoTime() - start) / 1000.0 / n, sink & 1);
            }
        }
    }
}
