package id.infoloker.web.reference;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** "Rp4.500.000" as Indonesians write it, for templates: {@code ${@rupiah.format(v.salaryMin)}}. */
@Component("rupiah")
public class Rupiah {

    public String format(Long amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));
        return "Rp" + format.format(amount);
    }

    /** "Rp4.500.000 – Rp6.000.000", one side when only one is known, empty when none. */
    public String range(Long min, Long max) {
        if (min != null && max != null && !min.equals(max)) {
            return format(min) + " – " + format(max);
        }
        return min != null ? format(min) : format(max);
    }
}
