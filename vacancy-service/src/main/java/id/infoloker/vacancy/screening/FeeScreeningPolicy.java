package id.infoloker.vacancy.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Kemnaker's red flags of a fake vacancy: asking the job seeker for money (biaya, uang jaminan, transfer, pungutan,
 * administrasi fees, ...) or sending them to a WhatsApp number or free mail address instead of the platform. A match
 * does not reject anything: the vacancy waits for an administrator, who sees the matched phrases.
 *
 * <p>The text is normalised before matching (case, accents, punctuation, letters spaced out as in "b i a y a" or
 * "b.i.a.y.a") because that is how such vacancies dodge naive filters. Reassurances such as "tanpa biaya" or "tidak
 * dipungut biaya" are not matches: honest employers write them.
 */
@Component
public class FeeScreeningPolicy {

    /** Single tokens (after normalisation) that ask for money; matched as whole words, some with Indonesian affixes. */
    private static final List<Pattern> MONEY_WORDS = List.of(
            Pattern.compile("biaya(nya)?"),
            Pattern.compile("(di|men|ber)?transfer(kan|nya)?"),
            Pattern.compile("(di)?pungut(an|annya)?"),
            Pattern.compile("(men|di)?setor(kan|an|annya)?|menyetor(kan)?"),
            Pattern.compile("deposit(nya)?"),
            Pattern.compile("(mem)?bayar"),
            Pattern.compile("fee"));

    /** Two-word phrases: "uang" (money) followed by what it is for. */
    private static final Pattern MONEY_FOR = Pattern.compile(
            "uang ?(jaminan|pendaftaran|administrasi|admin|seragam|pelatihan|training|muka|pelicin|tebusan|registrasi"
                    + "|medical|medis|kesehatan|pengurusan|formulir|titipan|pangkal)");

    /** "administrasi" is also a job ("staf administrasi"): it is a red flag only next to an amount or a payment. */
    private static final Pattern ADMINISTRATION_FEE = Pattern.compile(
            "(administrasi|admin) (sebesar|senilai|rp\\w*|\\d+(rb|ribu|k|jt|juta)|\\d{4,}|\\d+ (000|rb|ribu|jt|juta))"
                    + "( .*)?|(bayar|membayar) (administrasi|admin)( .*)?");

    private static final Set<String> REASSURANCES = Set.of("tanpa", "tidak", "tdk", "tak", "bebas", "gratis", "free",
            "bukan");

    private static final Pattern WHATSAPP = Pattern.compile("whatsapp|whats app|wa me|\\bwa\\b|\\bw a\\b");
    private static final Pattern MOBILE_NUMBER = Pattern.compile("(\\+?62|0)[ .-]?8[0-9]([ .-]?[0-9]){7,10}");
    private static final Pattern FREE_MAIL = Pattern.compile(
            "[a-z0-9._%+-]+@(gmail|yahoo|ymail|hotmail|outlook|live|aol)\\.[a-z.]+", Pattern.CASE_INSENSITIVE);

    public ScreeningDecision screen(String... texts) {
        String raw = String.join("\n", Arrays.stream(texts).map(text -> text == null ? "" : text).toList());
        Set<String> matches = new LinkedHashSet<>();
        List<String> tokens = tokens(raw);
        matchMoney(tokens, matches);
        matchContacts(raw, tokens, matches);
        return matches.isEmpty()
                ? new ScreeningDecision(ScreeningDecision.Outcome.CLEAR, List.of())
                : new ScreeningDecision(ScreeningDecision.Outcome.NEEDS_REVIEW, List.copyOf(matches));
    }

    private static void matchMoney(List<String> tokens, Set<String> matches) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            for (Pattern word : MONEY_WORDS) {
                if (word.matcher(token).matches() && !reassured(tokens, i)) {
                    matches.add(token);
                }
            }
            // Spelled-out phrases arrive as one token: "u a n g j a m i n a n" → "uangjaminan".
            if (MONEY_FOR.matcher(token).matches() && !reassured(tokens, i)) {
                matches.add(token.replaceFirst("^uang", "uang "));
            }
            if (i + 1 < tokens.size()) {
                String pair = token + " " + tokens.get(i + 1);
                if (MONEY_FOR.matcher(pair).matches() && !reassured(tokens, i)) {
                    matches.add(pair);
                }
                // "admin 2 orang" is a head count, "admin 50 ribu" / "administrasi 300 000" a fee: look one word further.
                String window = i + 2 < tokens.size() ? pair + " " + tokens.get(i + 2) : pair;
                if (ADMINISTRATION_FEE.matcher(window).matches() && !reassured(tokens, i)) {
                    matches.add(pair);
                }
            }
        }
    }

    private static void matchContacts(String raw, List<String> tokens, Set<String> matches) {
        String joined = String.join(" ", tokens);
        Matcher whatsapp = WHATSAPP.matcher(joined);
        if (whatsapp.find()) {
            matches.add("whatsapp");
        }
        Matcher mobile = MOBILE_NUMBER.matcher(raw);
        if (mobile.find()) {
            matches.add(mobile.group().replaceAll("[^0-9+]", ""));
        }
        Matcher mail = FREE_MAIL.matcher(raw);
        if (mail.find()) {
            matches.add(mail.group().toLowerCase(Locale.ROOT));
        }
    }

    /** "tanpa biaya", "tidak dipungut biaya", "bebas biaya apa pun": up to three words before the phrase. */
    private static boolean reassured(List<String> tokens, int index) {
        for (int i = Math.max(0, index - 3); i < index; i++) {
            if (REASSURANCES.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case without accents, every run of non-alphanumerics as a word break, and runs of single letters joined
     * back into a word ("b i a y a" → "biaya").
     */
    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder spelled = new StringBuilder();
        for (String token : plain.split("[^\\p{Alnum}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                spelled.append(token);
                continue;
            }
            flush(spelled, tokens);
            tokens.add(token);
        }
        flush(spelled, tokens);
        return tokens;
    }

    private static void flush(StringBuilder spelled, List<String> tokens) {
        if (!spelled.isEmpty()) {
            tokens.add(spelled.toString());
            spelled.setLength(0);
        }
    }
}
