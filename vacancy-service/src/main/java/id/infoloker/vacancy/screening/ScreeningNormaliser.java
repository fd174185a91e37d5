package id.infoloker.vacancy.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes the tricks fake ads use against keyword filters before any rule looks at the text: case and accents
 * ("BÍAYA"), punctuation and spacing between letters ("b i a y a", "b.i.a.y.a", "b-i-a-y-a"), leetspeak ("u4ng
 * j4minan", "b1aya", "j@minan"), repeated letters ("biayaaa", "jaaaminan"). Numbers keep their digits ("Rp 1.500.000" →
 * "rp 1500000", "1,5 jt" → "1.5 jt"); an e-mail's "@" stays a token of its own and a handle's "@" stays in front of it.
 * Sentence and clause ends become "|" so that "tanpa biaya, transfer ke …" does not let "tanpa" excuse the transfer.
 */
public final class ScreeningNormaliser {

    /** Where a sentence or clause ends (. ! ? ; newline). */
    public static final String BOUNDARY = "|";
    /**
     * A comma: it ends a clause for reassurances, amounts and talk of pay ("tanpa biaya, transfer ke rek"), but not
     * for the duties a list names ("melayani pembayaran tunai, debit, QRIS dan transfer").
     */
    public static final String LIST_BREAK = ",";

    private static final String CYRILLIC = "аеорсухіјкмтнвб";
    private static final String LATIN = "aeopcyxijkmthbb";

    /** A word cut in two or three to dodge a list ("bi aya", "trans fer", "what sapp"), read whole again. */
    private static final Set<String> CUT_WORDS = Set.of("biaya", "jaminan", "deposit", "transfer", "pungutan",
            "pungli", "rekening", "administrasi", "pendaftaran", "seragam", "pelatihan", "whatsap", "telegram",
            "instagram", "gmail", "yaho", "setor", "bayar", "membayar");

    /** Words looked for inside a spelled-out run, longest first so that "administrasi" is not cut at "admin". */
    private static final List<String> SPELLED_WORDS = java.util.stream.Stream.concat(CUT_WORDS.stream(),
                    Set.of("uang", "dana", "biayanya", "medical", "rekening").stream())
            .distinct().sorted(java.util.Comparator.comparing(String::length).reversed()).toList();

    /** Reduplication written with a 2: "biaya2" is "biaya-biaya". */
    private static final Pattern REDUPLICATED = Pattern.compile("([a-z]{3,})2");
    /** A phone number with o for 0 and l or i for 1: "O812-34l5-6789". */
    private static final Pattern DIGITS_WITH_LETTERS = Pattern.compile("(?=(.*\\d){3})[\\doli]+");

    /** Amounts and codes that mix digits and letters on purpose: "750rb", "500k", "2jt", "rp150000". */
    private static final Pattern AMOUNT_TOKEN = Pattern.compile("(rp)?\\d+(\\.\\d+)?(jt|juta|jeti|rb|rbu|ribu|k)?");

    public ScreeningText normalise(String raw) {
        String text = raw == null ? "" : raw;
        List<ScreeningText.Token> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String plain = plain(c);
            if (plain.isEmpty()) {
                continue; // a combining accent on its own
            }
            char p = plain.charAt(0);
            if (Character.isLetterOrDigit(p)) {
                if (current.isEmpty()) {
                    start = i;
                }
                current.append(plain);
                continue;
            }
            if ((p == '.' || p == ',') && digitAt(text, i - 1) && digitAt(text, i + 1)) {
                int following = digitsFrom(text, i + 1);
                if (following == 3 && (p == '.' || current.length() <= 3)) {
                    continue; // thousands separator: "1.500.000", "5,200,000"
                }
                if (following <= 2 && current.length() <= 3) {
                    current.append('.'); // decimal comma: "1,5 jt"
                    continue;
                }
            }
            if (p == '@') {
                boolean inWord = !current.isEmpty() && letterAt(text, i + 1);
                if (inWord && !restOfChunkHasDot(text, i + 1)) {
                    current.append('a'); // "j@minan": leetspeak, not an address
                    continue;
                }
                flush(current, start, i, tokens);
                if (inWord) {
                    tokens.add(new ScreeningText.Token("@", i, i + 1)); // hrd@gmail.com
                } else if (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    current.append('@'); // @handle
                    start = i;
                }
                continue;
            }
            boolean abbreviation = p == '.' && current.toString().equals("rp"); // "Rp. 100.000"
            flush(current, start, i, tokens);
            String clauseEnd = abbreviation ? null : clauseEnd(text, i);
            if (clauseEnd != null) {
                tokens.add(new ScreeningText.Token(clauseEnd, i, i + 1));
            }
        }
        flush(current, start, text.length(), tokens);
        return new ScreeningText(text, rewrite(tokens));
    }

    /** Joins spelled-out letters, undoes leetspeak, collapses repeated letters. */
    private static List<ScreeningText.Token> rewrite(List<ScreeningText.Token> tokens) {
        List<ScreeningText.Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            // "b i a y a", "b.1.a.y.a": a run of single characters with at least two letters among them.
            // A clause mark between two single letters ("b . i . a . y . a") is part of the disguise, not a full stop.
            while (end < tokens.size() && (isSingleCharacter(tokens.get(end).text())
                    || end > i && isBreak(tokens.get(end).text()) && end + 1 < tokens.size()
                    && isSingleCharacter(tokens.get(end + 1).text()))) {
                end++;
            }
            if (end - i >= 2 && countLetters(tokens, i, end) >= 2) {
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < end; k++) {
                    if (!isBreak(tokens.get(k).text())) {
                        joined.append(tokens.get(k).text());
                    }
                }
                ScreeningText.Token run = clean(new ScreeningText.Token(joined.toString(), tokens.get(i).rawStart(),
                        tokens.get(end - 1).rawEnd()));
                out.add(new ScreeningText.Token(segment(run.text()), run.rawStart(), run.rawEnd()));
                i = end;
                continue;
            }
            out.add(clean(tokens.get(i)));
            i++;
        }
        out.removeIf(token -> token.text().isEmpty());
        out = joinCutWords(out);
        // No boundary twice in a row, none first.
        List<ScreeningText.Token> tidy = new ArrayList<>();
        for (ScreeningText.Token token : out) {
            if (isBreak(token.text())) {
                if (tidy.isEmpty()) {
                    continue;
                }
                String previous = tidy.get(tidy.size() - 1).text();
                if (isBreak(previous)) {
                    if (token.text().equals(BOUNDARY)) {
                        tidy.set(tidy.size() - 1, token); // ", ." is a full stop
                    }
                    continue;
                }
            }
            tidy.add(token);
        }
        return tidy;
    }

    /**
     * Letters spelled out run words together: "b i a y a s e r a g a m" is read "biayaseragam". Known words are set
     * apart again ("biaya seragam") so that the rules see them; the rest stays as it was.
     */
    static String segment(String run) {
        StringBuilder spaced = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            String found = null;
            for (String word : SPELLED_WORDS) {
                if (run.startsWith(word, i)) {
                    found = word;
                    break;
                }
            }
            if (found == null) {
                spaced.append(run.charAt(i++));
            } else {
                spaced.append(' ').append(found).append(' ');
                i += found.length();
            }
        }
        return spaced.toString().strip().replaceAll(" +", " ");
    }

    private static List<ScreeningText.Token> joinCutWords(List<ScreeningText.Token> tokens) {
        List<ScreeningText.Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int joined = 0;
            for (int parts = 3; parts >= 2 && joined == 0; parts--) {
                if (i + parts <= tokens.size() && CUT_WORDS.contains(concat(tokens, i, i + parts))) {
                    joined = parts;
                }
            }
            if (joined == 0) {
                out.add(tokens.get(i++));
                continue;
            }
            out.add(new ScreeningText.Token(concat(tokens, i, i + joined), tokens.get(i).rawStart(),
                    tokens.get(i + joined - 1).rawEnd()));
            i += joined;
        }
        return out;
    }

    /** The tokens as one word, or "" when one of them is no short piece of letters. */
    private static String concat(List<ScreeningText.Token> tokens, int from, int to) {
        StringBuilder word = new StringBuilder();
        for (int k = from; k < to; k++) {
            String text = tokens.get(k).text();
            if (text.length() > 7 || !text.chars().allMatch(Character::isLetter)) {
                return "";
            }
            word.append(text);
        }
        return collapseRepeats(word.toString());
    }

    private static ScreeningText.Token clean(ScreeningText.Token token) {
        String text = token.text();
        if (isBreak(text) || text.equals("@")) {
            return token;
        }
        text = REDUPLICATED.matcher(text).replaceAll("$1");
        if (hasLetter(text) && DIGITS_WITH_LETTERS.matcher(text).matches()) {
            text = text.replace('o', '0').replace('l', '1').replace('i', '1');
        } else if (hasLetter(text) && hasDigit(text) && !AMOUNT_TOKEN.matcher(text).matches()) {
            text = unLeet(text);
        }
        if (!hasDigit(text)) {
            text = collapseRepeats(text);
        }
        return new ScreeningText.Token(text, token.rawStart(), token.rawEnd());
    }

    /** 1 is read as i: the rules write "l" as "[li]" where a word has one. */
    static String unLeet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    /** "biayaaa" → "biaya", "whatsapp" → "whatsap": rules are written with single letters. */
    static String collapseRepeats(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != c || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Zero-width characters and soft hyphens vanish ("bi\u200Baya"); Cyrillic look-alikes read as Latin ("Біауа"). */
    private static String plain(char c) {
        if (Character.getType(c) == Character.FORMAT) {
            return "";
        }
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(plain.length());
        for (char p : plain.toCharArray()) {
            int lookalike = CYRILLIC.indexOf(p);
            latin.append(lookalike < 0 ? p : LATIN.charAt(lookalike));
        }
        return latin.toString();
    }

    /**
     * Newlines, ! ? ; and a full stop or comma written as in a sentence (after a word, before a space) end a clause;
     * "b.i.a.y.a" and "uang . jaminan" (spaced on both sides) are disguises, not sentences.
     */
    private static String clauseEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return BOUNDARY;
        }
        boolean asInASentence = i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
        if (!asInASentence) {
            return null;
        }
        return c == '.' ? BOUNDARY : c == ',' ? LIST_BREAK : null;
    }

    static boolean isBreak(String token) {
        return token.equals(BOUNDARY) || token.equals(LIST_BREAK);
    }

    private static void flush(StringBuilder current, int start, int end, List<ScreeningText.Token> tokens) {
        if (!current.isEmpty()) {
            tokens.add(new ScreeningText.Token(current.toString(), start, end));
            current.setLength(0);
        }
    }

    private static boolean isSingleCharacter(String token) {
        return token.length() == 1 && Character.isLetterOrDigit(token.charAt(0));
    }

    private static int countLetters(List<ScreeningText.Token> tokens, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            letters += Character.isLetter(tokens.get(k).text().charAt(0)) ? 1 : 0;
        }
        return letters;
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static int digitsFrom(String text, int i) {
        int n = 0;
        while (digitAt(text, i + n)) {
            n++;
        }
        return n;
    }

    private static boolean restOfChunkHasDot(String text, int from) {
        for (int i = from; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '.' && letterAt(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
