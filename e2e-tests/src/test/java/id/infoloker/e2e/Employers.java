package id.infoloker.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Realistic, unique company registrations: a 13-digit NIB, an old-form NPWP with a valid check digit. */
final class Employers {

    private Employers() {
    }

    /** The digit that makes the NPWP's first nine digits pass the Luhn check account-service applies. */
    static int luhnCheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < eightDigits.length(); i++) {
            int digit = eightDigits.charAt(eightDigits.length() - 1 - i) - '0';
            // The check digit will stand right of these: the rightmost of them is doubled.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static Map<String, String> newRegistration() {
        long unique = System.nanoTime() % 100_000_000L + ThreadLocalRandom.current().nextInt(1, 1000);
        String eight = String.format("%08d", unique % 100_000_000L);
        String npwp = eight.substring(0, 2) + "." + eight.substring(2, 5) + "." + eight.substring(5, 8) + "."
                + luhnCheckDigit(eight) + "-408.000";
        Map<String, String> body = new LinkedHashMap<>();
        body.put("companyName", "PT Sinar Karawang " + unique);
        body.put("nib", "91200" + eight);
        body.put("npwp", npwp);
        body.put("address", "Kawasan KIIC Jl. Permata Raya Lot C-" + unique % 100);
        body.put("kecamatanCode", "321501");
        body.put("contactPerson", "Dewi Lestari");
        body.put("email", "hrd." + unique + "@sinar-karawang.example.id");
        body.put("phone", "0813" + String.format("%08d", unique % 100_000_000L));
        body.put("password", "Pabrik-Sinar-" + unique);
        return body;
    }
}
