package id.infoloker.benchmarks.surge;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique, valid job-seeker registrations: NIKs from Karawang (kecamatan 321501), women born 5 June 1998 (day + 40),
 * a serial of up to 9,999 per run; e-mail and phone unique per run.
 */
final class Registrations {

    record Registration(String json, String email, String password) {
    }

    private final AtomicInteger serial = new AtomicInteger();
    private final long run = System.currentTimeMillis() % 1_000_000;

    Registration next() {
        int n = serial.incrementAndGet();
        if (n > 9999) {
            throw new IllegalStateException("more than 9,999 registrations in one run");
        }
        String email = "siti." + run + "." + n + "@example.id";
        String password = "Rahasia-Kerja-" + n;
        String json = "{\"fullName\":\"Siti Rahmawati " + n + "\",\"nik\":\"321501450698" + String.format("%04d", n)
                + "\",\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\",\"sex\":\"F\",\"email\":\"" + email
                + "\",\"phone\":\"0813" + String.format("%04d%04d", run % 10_000, n) + "\",\"password\":\""
                + password + "\",\"address\":\"Jl. Tuparev No. " + (n % 200)
                + "\",\"kecamatanCode\":\"321501\",\"education\":\"SMK\",\"consent\":true}";
        return new Registration(json, email, password);
    }
}
