package id.infoloker.vacancy.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rupiah amounts in normalised text, however written: "rp 1500000" (from "Rp 1.500.000"), "1.5 jt" ("1,5 jt"),
 * "750rb", "500k", "2 juta", and in words: "satu juta", "lima ratus ribu", "dua setengah juta", "sejuta". An amount
 * alone is no red flag (every honest ad names its pay); the rules ask whether it sits next to a fee.
 */
public final class IndonesianAmounts {

    /** An amount found in normalised text: where, and its value in rupiah. */
    public record Amount(int start, int end, long rupiah) {
    }

    private static final String UNIT = "(jt|juta|jeti|rb|rbu|ribu|k)";
    private static final String NUMBER_WORD = "(nol|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembi[li]?an"
            + "|sepu[li]uh|sebe[li]as|seratus|setengah|puluh|be[li]as|ratus)";
    private static final Pattern DIGITS = Pattern.compile(
            "\\b(rp ?)?(\\d+(\\.\\d+)?) ?" + UNIT + "\\b|\\brp ?(\\d{3,})\\b"
                    + "|(?<![\\d.])\\b([1-9]\\d{4,8})\\b(?![\\d.])"
                    + "|(?<!\\d )(?<!\\d)\\b([1-9]\\d{0,2}(?: \\d{3})+)\\b(?! \\d)"); // "250 000": spaces as separators
    private static final Pattern WORDS = Pattern.compile(
            // Possessive, each word whole: "sepuluh" must not also be tried as "se" + "puluh" (exponential backtracking).
            "\\b((?:" + NUMBER_WORD + "\\b ?)++(juta|jt|ribu|rb)|se(juta|ribu))\\b");

    private static final Map<String, Long> SMALL = Map.ofEntries(Map.entry("nol", 0L), Map.entry("satu", 1L),
            Map.entry("se", 1L), Map.entry("dua", 2L), Map.entry("tiga", 3L), Map.entry("empat", 4L),
            Map.entry("lima", 5L), Map.entry("enam", 6L), Map.entry("tujuh", 7L), Map.entry("delapan", 8L),
            Map.entry("sembilan", 9L), Map.entry("sepuluh", 10L), Map.entry("sebelas", 11L),
            Map.entry("seratus", 100L));

    public List<Amount> find(String normalised) {
        List<Amount> amounts = new ArrayList<>();
        Matcher digits = DIGITS.matcher(normalised);
        while (digits.find()) {
            long value;
            if (digits.group(2) != null) {
                value = Math.round(Double.parseDouble(digits.group(2)) * multiplier(digits.group(4)));
            } else if (digits.group(5) != null) {
                value = Long.parseLong(digits.group(5));
            } else if (digits.group(6) != null) {
                value = Long.parseLong(digits.group(6));
            } else {
                value = Long.parseLong(digits.group(7).replace(" ", ""));
            }
            amounts.add(new Amount(digits.start(), digits.end(), value));
        }
        Matcher words = WORDS.matcher(normalised);
        while (words.find()) {
            inWords(words.group()).ifPresent(value -> amounts.add(new Amount(words.start(), words.end(), value)));
        }
        return amounts;
    }

    /** "dua setengah juta" → 2,500,000; "lima ratus ribu" → 500,000; "seratus lima puluh ribu" → 150,000. */
    static OptionalLong inWords(String phrase) {
        double total = 0;
        double current = 0;
        double last = 0; // "lima puluh": puluh multiplies the last number word, not all of "seratus lima"
        boolean half = false;
        for (String word : phrase.replace("sembian", "sembilan").replace("sepuiuh", "sepuluh")
                .replace("sebeias", "sebelas").replace("beias", "belas").split(" ")) {
            switch (word) {
                case "puluh" -> {
                    current += last * 9;
                    last = 0;
                }
                case "belas" -> {
                    current += 10;
                    last = 0;
                }
                case "ratus" -> {
                    current += last * 99;
                    last = 0;
                }
                case "setengah" -> half = true;
                case "ribu", "rb", "juta", "jt" -> {
                    double unit = word.startsWith("r") ? 1_000 : 1_000_000;
                    total += ((current == 0 && !half ? 1 : current) + (half ? 0.5 : 0)) * unit;
                    current = 0;
                    last = 0;
                    half = false;
                }
                case "sejuta" -> total += 1_000_000;
                case "seribu" -> total += 1_000;
                default -> {
                    Long small = SMALL.get(word);
                    if (small == null) {
                        return OptionalLong.empty();
                    }
                    current += small;
                    last = small;
                }
            }
        }
        return total == 0 ? OptionalLong.empty() : OptionalLong.of(Math.round(total));
    }

    private static long multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        return switch (unit) {
            case "jt", "juta", "jeti" -> 1_000_000;
            default -> 1_000;
        };
    }
}
