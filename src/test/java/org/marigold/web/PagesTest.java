package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a page shows text that is not in the bundles (so a language would miss it) or names a key
 * the bundles do not have. Text is what a person reads: text between tags, and attributes such as labels, titles,
 * placeholders and values of buttons; expressions ({@code #{...}}) are not text.
 */
class PagesTest {

    private static final Path WEB_ROOT = Path.of("webapp");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\s(value|title|placeholder|itemLabel|headerText|alt|aria-label|label|requiredMessage|header|message|ariaLabel)=\"([^\"]*)\"");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)\\b([^>]*)>|</[^>]*>");
    /** Elements whose attributes are addresses or parameters, not text a person reads. */
    private static final java.util.Set<String> NOT_SHOWN = java.util.Set.of("f:param", "f:viewParam", "h:outputLink", "a", "link", "meta",
            "h:outputStylesheet", "h:outputScript", "ui:param", "ui:include", "ui:composition", "ui:decorate", "f:websocket", "f:converter");
    /** The same in every language: the product's name, and link examples. */
    private static final List<String> NAMES = List.of("Marigold", "https://", "http://");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEB_ROOT)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    @Test
    void everyKeyAPageNamesIsInTheBundle() throws IOException {
        Properties english = BundlesTest.bundle("messages", "en");
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (key.find()) {
                if (!english.containsKey(key.group(1))) {
                    missing.add(page + ": " + key.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "Keys missing from messages.properties:\n" + String.join("\n", missing));
    }

    @Test
    void pagesShowNoTextOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String source = Files.readString(page, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("<!DOCTYPE[^>]*>|<\\?xml[^>]*\\?>", "")
                    .replaceAll("(?s)<script\\b.*?</script>", "")
                    .replaceAll("(?s)<style\\b.*?</style>", "");
            source = EXPRESSION.matcher(source).replaceAll(" ");
            Matcher element = ELEMENT.matcher(source);
            while (element.find()) {
                if (element.group(1) == null || NOT_SHOWN.contains(element.group(1)) || element.group(2).contains("type=\"hidden\"")) {
                    continue;
                }
                Matcher attribute = SHOWN_ATTRIBUTE.matcher(element.group(2));
                while (attribute.find()) {
                    check(page, attribute.group(2), found);
                }
            }
            for (String text : ELEMENT.matcher(source).replaceAll("\n").split("\n")) {
                check(page, text, found);
            }
        }
        assertTrue(found.isEmpty(), "Text written into pages instead of the bundles:\n" + String.join("\n", found));
    }

    /** Text is words with small letters; codes and acronyms (ISBN, FREQ=MONTHLY) and the product's name read the same everywhere. */
    private static void check(Path page, String text, List<String> found) {
        String left = text;
        for (String name : NAMES) {
            left = left.replace(name, " ");
        }
        for (String word : left.split("\\s+")) {
            if (LOWER_CASE.matcher(word).find()) {
                found.add(page + ": " + text.strip());
                return;
            }
        }
    }
}
