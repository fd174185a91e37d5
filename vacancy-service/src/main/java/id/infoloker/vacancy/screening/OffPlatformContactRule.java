package id.infoloker.vacancy.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kemnaker's second red flag: the ad moves the conversation off the platform, where nobody sees the fee being asked —
 * WhatsApp, Telegram, Instagram (names, wa.me / t.me links, @handles), free mail addresses however disguised
 * ("hrd.gudang (at) gmail (dot) com", "hrd[at]gmail.com"), mobile numbers in digits ("0812-3456-7890", "+62 812 …") or
 * in words ("nol delapan satu dua …"). Infoloker has no contact field: every application goes through the platform.
 *
 * <p>An address on the company's own domain (rekrutmen@pt-contoh.co.id) is not held: the employer is verified by its
 * NIB, a domain is traceable to it, and Kemnaker's flag is a <em>free</em> mail address. Reviewers still see it if
 * another rule holds the ad.
 */
public final class OffPlatformContactRule implements ScreeningRule {

    static final String WHATSAPP = "off-platform/whatsapp";
    static final String TELEGRAM = "off-platform/telegram";
    static final String INSTAGRAM = "off-platform/instagram";
    static final String OTHER_MESSENGER = "off-platform/messenger";
    static final String FREE_MAIL = "off-platform/free-mail";
    static final String PHONE = "off-platform/phone";
    static final String LINK = "off-platform/link";

    /** In this order in the evidence. "tele" is Telegram only before a handle or number ("Tele Sales" is a job). */
    private static final List<Map.Entry<String, Pattern>> CHANNELS = List.of(
            Map.entry(WHATSAPP, Pattern.compile("\\b(whatsap|whats ap|watsap|wasap|wa|wa me|wea|w a)\\b")),
            // "Tg. Pura" is Tanjungpura in Karawang: "tg", like "tele", only before a handle or number.
            Map.entry(TELEGRAM, Pattern.compile("\\b(te[li]egram|t me)\\b|\\b(te[li]e|tg)(?= (@|\\d))")),
            Map.entry(INSTAGRAM, Pattern.compile("\\b(instagram|insta|ig)\\b|@[a-z][a-z0-9]{2,}")),
            Map.entry(OTHER_MESSENGER, Pattern.compile("\\b(facebok|fb|mesenger|[li]ine id|michat|signa[li] app)\\b")),
            // Shortened links and forms lead anywhere: a form that collects data and "biaya" out of sight.
            Map.entry(LINK, Pattern.compile("\\b(bit [li]y|s id|[li]inktr e|forms g[li]e|docs gog[li]e com forms"
                    + "|tinyur[li]|wa [li]ink|chat whatsap com|[li]ynk id|heylink me)\\b")));
    private static final String FREE_DOMAIN = "(gmai[li]|gmai|yaho|ymai[li]|hotmai[li]|out[li]ok|[li]ive|ao[li]|icloud"
            + "|proton\\w*|rocketmai[li]|yandex)";
    private static final Pattern OBFUSCATED_MAIL = Pattern.compile(
            "\\b\\w+ (@|at|et|a) " + FREE_DOMAIN + "\\b( (dot|titik|dt))? (com|co|id|net)\\b"
                    + "|\\b\\w+ (@|at|et) (gmai[li]|gmai|yaho|ymai[li]|hotmai[li]|out[li]ok)\\b" // "hrd at gmail"
                    + "|\\b" + FREE_DOMAIN + " (dot|titik) (com|co|id|net)\\b"
                    // "lowongankrw @ gmail . com": the @ and the dot fell away as separators.
                    + "|\\b(gmai[li]|yaho|ymai[li]|hotmai[li]|out[li]ok) (com|co id)\\b");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d.])\\d[\\d ]{7,24}\\d(?![\\d.])");
    /** 08…, 628…, and 6208… from "+62 (0) 812 …". */
    private static final Pattern MOBILE = Pattern.compile("(0|620?)8\\d{7,12}");
    private static final Map<String, Character> DIGIT_WORDS = Map.ofEntries(Map.entry("nol", '0'),
            Map.entry("kosong", '0'), Map.entry("satu", '1'), Map.entry("dua", '2'), Map.entry("tiga", '3'),
            Map.entry("empat", '4'), Map.entry("lima", '5'), Map.entry("enam", '6'), Map.entry("tujuh", '7'),
            Map.entry("delapan", '8'), Map.entry("sembilan", '9'), Map.entry("sembian", '9'),
            Map.entry("deiapan", '8'));

    @Override
    public List<ScreeningEvidence> find(ScreeningText text) {
        String s = text.normalised();
        List<ScreeningEvidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Pattern> channel : CHANNELS) {
            for (Matcher m = channel.getValue().matcher(s); m.find(); ) {
                if (!Clauses.reassured(s, m.start())) {
                    evidence.add(new ScreeningEvidence(channel.getKey(), text.original(m.start(), m.end()),
                            label(channel.getKey(), m.group())));
                }
            }
        }
        for (Matcher m = OBFUSCATED_MAIL.matcher(s); m.find(); ) {
            evidence.add(new ScreeningEvidence(FREE_MAIL, text.original(m.start(), m.end()),
                    m.group().replaceAll(" (at|et|a|@) ", "@").replaceAll(" (dot|titik|dt) | ", ".")));
        }
        for (Matcher m = DIGIT_RUN.matcher(s); m.find(); ) {
            String digits = m.group().replace(" ", "");
            if (MOBILE.matcher(digits).matches()) {
                evidence.add(new ScreeningEvidence(PHONE, text.original(m.start(), m.end()), digits));
            }
        }
        spelledNumbers(text, evidence);
        return evidence;
    }

    /** "nol delapan satu dua tiga …", also mixed with digits ("nol 812 …"): nine or more digits starting 08 or 628. */
    private static void spelledNumbers(ScreeningText text, List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        String[] words = s.split(" ");
        int offset = 0;
        int runStart = -1;
        int runEnd = 0;
        boolean spelled = false;
        StringBuilder digits = new StringBuilder();
        for (String word : words) {
            Character digit = DIGIT_WORDS.get(word);
            boolean numeric = word.chars().allMatch(Character::isDigit) && word.length() <= 4;
            if (digit != null || numeric) {
                if (runStart < 0) {
                    runStart = offset;
                }
                digits.append(digit != null ? String.valueOf(digit) : word);
                spelled |= digit != null;
                runEnd = offset + word.length();
            } else {
                report(text, runStart, runEnd, digits, spelled, evidence);
                runStart = -1;
                spelled = false;
                digits.setLength(0);
            }
            offset += word.length() + 1;
        }
        report(text, runStart, runEnd, digits, spelled, evidence);
    }

    private static void report(ScreeningText text, int start, int end, CharSequence digits, boolean spelled,
                               List<ScreeningEvidence> evidence) {
        // Digits alone are the DIGIT_RUN's business; here only runs with at least one number word.
        if (start >= 0 && spelled && MOBILE.matcher(digits).matches()) {
            evidence.add(new ScreeningEvidence(PHONE, text.original(start, end), digits.toString()));
        }
    }

    private static String label(String rule, String matched) {
        return switch (rule) {
            case WHATSAPP -> "whatsapp";
            case TELEGRAM -> "telegram";
            case INSTAGRAM -> matched.startsWith("@") ? matched : "instagram";
            case LINK -> matched.replace(' ', '.');
            default -> matched;
        };
    }
}
