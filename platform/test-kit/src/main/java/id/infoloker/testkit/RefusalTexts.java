package id.infoloker.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every refusal a service can answer is explained in Bahasa Indonesia and in English: each problem code thrown in a
 * service's sources ({@code new ProblemException(HttpStatus.X, "code"...)}, {@code new Refusal(Kind.X, "code"...)})
 * has {@code problem.<code>.title} and {@code .detail} in its {@code messages} bundles or the kit's. Without them a
 * person reads only a bare HTTP reason phrase in English.
 */
public final class RefusalTexts {

    private static final Pattern THROWN = Pattern.compile(
            "new (?:ProblemException\\(\\s*HttpStatus\\.[A-Z_]+|Refusal\\(\\s*(?:Refusal\\.)?Kind\\.[A-Z_]+)"
                    + ",\\s*\"([a-z0-9-]+)\"");
    private static final List<String> LANGUAGES = List.of("", "_en");

    private RefusalTexts() {
    }

    /** The problem codes thrown in the Java sources under {@code sources}. */
    public static SortedSet<String> thrownIn(Path sources) {
        SortedSet<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher thrown = THROWN.matcher(Files.readString(file));
                while (thrown.find()) {
                    codes.add(thrown.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** The keys missing for these codes, e.g. {@code messages_en: problem.vacancy-closed.detail}. */
    public static List<String> missingFor(SortedSet<String> codes) {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = new Properties();
            load(texts, "messages" + language + ".properties");
            load(texts, "infoloker/kit-messages" + language + ".properties");
            for (String code : codes) {
                for (String part : List.of("title", "detail")) {
                    String key = "problem." + code + "." + part;
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank()) {
                        missing.add("messages" + language + ": " + key);
                    }
                }
            }
        }
        return missing;
    }

    private static void load(Properties into, String resource) {
        try (InputStream in = RefusalTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
