package id.infoloker.benchmarks.drills;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique, valid job-seeker registrations for one drill run: NIKs from Karawang (kecamatan 321501) of women born
 * 5 June 1998 (day + 40) with a serial of up to 9,999; e-mail and phone unique per run.
 */
final class Registrations {

    private final AtomicInteger serial = new AtomicInteger();
    private final long run = System.currentTimeMillis() % 10_000;

    String next() {
        int n = serial.incrementAndGet();
        if (n > 9999) {
            throw new IllegalStateException("more than 9,999 registrations in one run");
        }
        return "{\"fullName\":\"Dewi Lestari " + n + "\",\"nik\":\"321501450698" + String.format("%04d", n)
                + "\",\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\",\"sex\":\"F\",\"email\":\"dewi."
                + run + "." + n + "@example.id\",\"phone\":\"0815" + String.format("%04d%04d", run, n)
                + "\",\"password\":\"Rahasia-Kerja-" + n + "\",\"address\":\"Jl. Kertabumi No. " + (n % 200)
                + "\",\"kecamatanCode\":\"321501\",\"education\":\"SMK\",\"consent\":true}";
    }
}
