package id.infoloker.vacancy.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the rest of a clause says around a match: a reassurance before it, talk of pay, who bears a cost. */
final class Clauses {

    /**
     * "tanpa biaya", "tidak dipungut biaya", "tidak ada biaya apa pun", "gratis", "bebas biaya", "jangan transfer".
     * Words here and below are spelled as normalised: no repeated letters ("free" reads "fre", "perusahaan"
     * "perusahan").
     */
    private static final Set<String> NEGATIONS = Set.of("tanpa", "tidak", "tdk", "tak", "bebas", "gratis", "fre",
            "bukan", "jangan", "never", "no", "waspada", "hati", "menolak");
    /** A new thought: "tanpa biaya pendaftaran, tetapi wajib transfer …" — the reassurance does not reach past it. */
    private static final Set<String> RESETS = Set.of(ScreeningNormaliser.BOUNDARY, ScreeningNormaliser.LIST_BREAK, "tetapi", "tapi", "namun",
            "hanya", "cukup", "kecuali", "tp", "sedangkan");
    /** The employer paying the worker: "gaji ditransfer ke rekening", "lembur dibayar", "UMK Rp 5,2 jt". */
    private static final Pattern PAY = Pattern.compile("\\b(gaji|gajinya|upah|salary|thp|umk|ump|umr|tunjangan"
            + "|insentif|[li]embur|bonus|thr|premi|payro[li]|penghasi[li]an|pendapatan|uang makan|uang transport"
            + "|uang [li]embur|uang saku|komisi|take home|bpjs|per bu[li]an|perbu[li]an|per hari|perhari)\\b");
    /**
     * "biaya pelatihan ditanggung perusahaan", "biaya medical gratis": a cost the company bears is no fee.
     * "ditanggung peserta" is the opposite: the bearer must be the company.
     */
    private static final Pattern BORNE_BY_COMPANY = Pattern.compile("( \\S+){0,6} ((ditangung|dibayar|diganti)( oleh)? "
            + "(perusahan|pt|kantor|kami|company|pabrik)|dibiayai|gratis|fre|disediakan)\\b");

    private Clauses() {
    }

    static boolean reassured(String normalised, int matchStart) {
        List<String> before = tokensBefore(normalised, matchStart);
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
            String word = before.get(i);
            if (RESETS.contains(word)) {
                return false;
            }
            if (NEGATIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The clause the match stands in mentions the worker's pay. */
    static boolean aboutPay(String normalised, int start, int end) {
        return PAY.matcher(clause(normalised, start, end)).find();
    }

    static boolean borneByCompany(String normalised, int end) {
        String after = window(normalised, end);
        int boundary = nextBreak(after, 0);
        String rest = boundary < 0 ? after : after.substring(0, boundary);
        return BORNE_BY_COMPANY.matcher(rest).lookingAt();
    }

    /** One of the next {@code words} words matches: "transfer stok", "setoran kas" are warehouse and till work. */
    static boolean followedBy(String normalised, int end, Pattern words, int count) {
        String[] next = window(normalised, end).strip().split(" ");
        for (int i = 0; i < Math.min(count, next.length); i++) {
            if (ScreeningNormaliser.isBreak(next[i])) {
                return false;
            }
            if (words.matcher(next[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** One of the {@code count} words before, in the same sentence (commas do not end a list of duties), matches. */
    static boolean withinBefore(String normalised, int start, Pattern words, int count) {
        List<String> before = tokensBefore(normalised, start);
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < count; i--) {
            String word = before.get(i);
            if (word.equals(ScreeningNormaliser.BOUNDARY)) {
                return false;
            }
            if (words.matcher(word).matches()) {
                return true;
            }
            seen += word.equals(ScreeningNormaliser.LIST_BREAK) ? 0 : 1;
        }
        return false;
    }

    /** The word just before: "perusahaan membayar BPJS" — the company pays. */
    static boolean precededBy(String normalised, int start, Pattern word) {
        List<String> before = tokensBefore(normalised, start);
        return !before.isEmpty() && word.matcher(before.get(before.size() - 1)).matches();
    }

    static String clause(String normalised, int start, int end) {
        // At most 300 characters either side: a clause is a few words, and an ad without punctuation must not make
        // every match read the whole text.
        int floor = Math.max(0, start - 300);
        int from = Math.max(normalised.lastIndexOf(ScreeningNormaliser.BOUNDARY, start),
                normalised.lastIndexOf(ScreeningNormaliser.LIST_BREAK, start));
        int to = nextBreak(normalised, end);
        int ceiling = Math.min(normalised.length(), end + 300);
        return normalised.substring(Math.max(floor, from + 1), to < 0 ? ceiling : Math.min(to, ceiling));
    }

    /** The next 200 characters after {@code end}: callers look a few words ahead. */
    private static String window(String normalised, int end) {
        return normalised.substring(end, Math.min(normalised.length(), end + 200));
    }

    private static int nextBreak(String normalised, int from) {
        int full = normalised.indexOf(ScreeningNormaliser.BOUNDARY, from);
        int comma = normalised.indexOf(ScreeningNormaliser.LIST_BREAK, from);
        return full < 0 ? comma : comma < 0 ? full : Math.min(full, comma);
    }

    /** The words before {@code start}, at most the last 200 characters' worth: callers look a few words back. */
    private static List<String> tokensBefore(String normalised, int start) {
        int from = Math.max(0, start - 200);
        String head = normalised.substring(from, start).strip();
        if (head.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(head.split(" "));
        return from == 0 ? words : words.subList(1, words.size()); // the first may be cut
    }
}
