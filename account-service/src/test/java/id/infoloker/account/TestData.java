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

    /** A 13-digit NIB no other test uses. */
    public static String uniqueNib() {
        return String.format("91%05d%06d", SEQUENCE.incrementAndGet() % 100_000,
                ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A valid old-form NPWP, 15 digits: 8 random digits, their Luhn check digit, tax office 407, head office 000. */
    public static String npwp() {
        String eight = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return eight + luhnCheckDigit(eight) + "407000";
    }

    /** A complete, valid employer registration as a JSON-ready map. */
    public static Map<String, Object> employerRegistration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyName", "PT Maju Bersama Karawang");
        body.put("nib", uniqueNib());
        String npwp = npwp();
        // As printed on the card: 01.234.567.8-407.000
        body.put("npwp", npwp.substring(0, 2) + "." + npwp.substring(2, 5) + "." + npwp.substring(5, 8) + "."
                + npwp.charAt(8) + "-" + npwp.substring(9, 12) + "." + npwp.substring(12));
        body.put("address", "Kawasan Industri KIIC, Jl. Maligi VII, Teluk Jambe Barat");
        body.put("kecamatanCode", "321527");
        body.put("contactPerson", "Budi Santoso");
        body.put("email", "hrd" + SEQUENCE.incrementAndGet() + "." + ThreadLocalRandom.current().nextInt(1_000_000)
                + "@majubersama.co.id");
        body.put("phone", uniquePhone());
        body.put("password", "rahasia-perusahaan");
        body.put("consent", true);
        return body;
    }

    /** Luhn check digit, computed independently of the service's own code. */
    static int luhnCheckDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) { // these are doubled once the check digit is appended on the right
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private TestData() {
    }
}
