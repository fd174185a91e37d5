package id.infoloker.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, valid registrations for tests sharing one database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

    /** A NIK from Karawang (3215) whose date and sex agree with {@code birthDate} and {@code sex}. */
    public static String nik(LocalDate birthDate, String sex) {
        int n = SEQUENCE.incrementAndGet();
        int day = birthDate.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        return String.format("3215%02d%02d%02d%02d%04d", 1 + n % 30, day, birthDate.getMonthValue(),
                birthDate.getYear() % 100, 1 + n % 9999);
    }

    public static String uniqueEmail() {
        return "pencaker" + SEQUENCE.incrementAndGet() + "." + ThreadLocalRandom.current().nextInt(1_000_000)
                + "@example.id";
    }

    /** In the local form people type, 08...; the service stores +628... */
    public static String uniquePhone() {
        return String.format("0812%08d", (SEQUENCE.incrementAndGet() * 7919L + ThreadLocalRandom.current()
                .nextInt(1000)) % 100_000_000L);
    }

    /** A complete, valid job-seeker registration as a JSON-ready map (tests remove or break single fields). */
    public static Map<String, Object> registration() {
        LocalDate birthDate = LocalDate.of(1999, 6, 5);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", "Siti Nurhaliza");
        body.put("nik", nik(birthDate, "F"));
        body.put("birthPlace", "Karawang");
        body.put("birthDate", birthDate.toString());
        body.put("sex", "F");
        body.put("email", uniqueEmail());
        body.put("phone", uniquePhone());
        body.put("password", "rahasia-sekali");
        body.put("address", "Jl. Tuparev No. 1, Karawang Barat");
        body.put("kecamatanCode", "321501");
        body.put("education", "SMK");
        body.put("consent", true);
        body.put("preferredLanguage", "id");
        return body;
    }

    private TestData() {
    }
}
