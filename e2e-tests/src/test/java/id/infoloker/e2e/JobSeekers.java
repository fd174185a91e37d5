package id.infoloker.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Realistic, unique job-seeker registrations: NIKs from Karawang (3215), born 1998, women's day + 40. */
final class JobSeekers {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));
    /**
     * Drawn once per run: phone numbers then never repeat within a run (the serial does not), and differ from an
     * earlier run's on a devstack that is kept. Mixing in the clock per registration, as before, let two
     * registrations a few serials apart draw the same number now and then (409 "Nomor HP ini sudah terdaftar").
     */
    private static final long PHONE_BASE = ThreadLocalRandom.current().nextLong(100_000_000);

    static Map<String, Object> newRegistration() {
        int serial = SERIAL.incrementAndGet();
        long unique = System.nanoTime() % 1_000_000;
        String nik = "321501" + "450698" + String.format("%04d", serial % 10000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", "Siti Rahmawati " + serial);
        body.put("nik", nik);
        body.put("birthPlace", "Karawang");
        body.put("birthDate", "1998-06-05");
        body.put("sex", "F");
        body.put("email", "siti." + serial + "." + unique + "@example.id");
        body.put("phone", "0812" + String.format("%08d", (PHONE_BASE + serial) % 100_000_000));
        body.put("password", "Rahasia-Kerja-" + serial);
        body.put("address", "Jl. Tuparev No. " + (serial % 200));
        body.put("kecamatanCode", "321501");
        body.put("education", "SMK");
        body.put("consent", true);
        return body;
    }

    private JobSeekers() {
    }
}
