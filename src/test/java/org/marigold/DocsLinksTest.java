package org.marigold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and docs/ link to each other and to the repository's files: every such link leads to a file that is there. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)\\s]*)?\\)");
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();

    @Test
    void everyLinkInTheReadmeAndDocsLeadsToAFileThatIsThere() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                links++;
                if (!Files.exists(page.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(page) + " → " + target);
                }
            }
        }
        assertTrue(links > 10, "the pages link to each other: " + links);
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmeStaysShortWithItsTwoCommandsOnTheFirstScreen() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        List<String> firstScreen = lines.subList(0, Math.min(30, lines.size()));
        assertTrue(firstScreen.contains("mvn package payara-micro:start"), "the command that starts the app with demo data");
        assertTrue(firstScreen.contains("mvn verify"), "the command that runs every test");
        assertTrue(Files.readString(ROOT.resolve(".ci/run")).contains("\nmvn verify\n"), "CI runs the README's test command");
        assertTrue(lines.size() < 120, "a README a newcomer reads: " + lines.size() + " lines");
    }
}
