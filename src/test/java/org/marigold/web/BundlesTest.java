package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build fails when a language misses a key, or a translation would show wrongly: every key of the English
 * bundles exists in French and Spanish (and no other), none is blank, each translation takes the same arguments,
 * and its apostrophes show as written: MessageFormat swallows a single ASCII one in a message with arguments, while a
 * message without arguments is shown as it stands, so a doubled one shows doubled ("group''s page"). The house writes
 * the typographic ’, which neither touches.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** An ASCII apostrophe (or two) beside a letter: "group's", "group''s", "colleagues' ", "l'équipe". */
    private static final Pattern IN_A_WORD = Pattern.compile("\\p{L}'|'\\p{L}");

    static Properties bundle(String base, String language) throws IOException {
        Properties properties = new Properties();
        String file = language.equals("en") ? base + ".properties" : base + "_" + language + ".properties";
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void everyLanguageHasEveryKeyAndNoOther(String base) throws IOException {
        Set<String> english = new TreeSet<>(bundle(base, "en").stringPropertyNames());
        for (String language : List.of("fr", "es")) {
            Set<String> translated = new TreeSet<>(bundle(base, language).stringPropertyNames());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, base + "_" + language + " misses keys");
            assertEquals(Set.of(), extra, base + "_" + language + " has keys English does not");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void translationsTakeTheSameArgumentsAndFormatCleanly(String base) throws IOException {
        Properties english = bundle(base, "en");
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("en", "fr", "es")) {
            Properties translated = bundle(base, language);
            for (String key : english.stringPropertyNames()) {
                String value = translated.getProperty(key, "");
                if (value.isBlank()) {
                    wrong.add(language + " " + key + ": blank");
                    continue;
                }
                if (!arguments(value).equals(arguments(english.getProperty(key)))) {
                    wrong.add(language + " " + key + ": arguments " + arguments(value) + " instead of " + arguments(english.getProperty(key)));
                }
                if (arguments(value).isEmpty() && value.contains("''")) {
                    wrong.add(language + " " + key + ": '' shows doubled in a message without arguments (write ’)");
                }
                if (IN_A_WORD.matcher(value).find()) {
                    wrong.add(language + " " + key + ": an ASCII apostrophe in a word (write ’)");
                }
                if (!arguments(value).isEmpty()) {
                    if (value.replace("''", "").contains("'")) {
                        wrong.add(language + " " + key + ": a single ' would vanish (write ’)");
                    }
                    try {
                        new MessageFormat(value, Locale.forLanguageTag(language)).format(new Object[] {1, 2, 3});
                    } catch (IllegalArgumentException e) {
                        wrong.add(language + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
