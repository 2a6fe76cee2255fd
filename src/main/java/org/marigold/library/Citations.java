package org.marigold.library;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library resources a piece of text points to: web addresses (matched against resources' links) and links to a
 * resource's page in Marigold ({@code …/library/resource.xhtml?r=123}). At most ten of each are looked at.
 */
public record Citations(Set<String> links, Set<Long> resourceIds) {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE_PAGE = Pattern.compile("/library/resource\\.xhtml\\?(?:.*&)?r=(\\d{1,18})(?:&|#|$)");
    private static final int MOST = 10;

    public static Citations in(String text) {
        Set<String> links = new LinkedHashSet<>();
        Set<Long> ids = new LinkedHashSet<>();
        if (text != null) {
            Matcher address = ADDRESS.matcher(text);
            while (address.find() && links.size() + ids.size() < 2 * MOST) {
                // Sentence punctuation after an address is not part of it.
                String link = address.group().replaceAll("[.,;:!?)\\]]+$", "");
                Matcher page = RESOURCE_PAGE.matcher(link);
                if (page.find()) {
                    if (ids.size() < MOST) {
                        ids.add(Long.parseLong(page.group(1)));
                    }
                } else if (links.size() < MOST) {
                    links.add(link);
                }
            }
        }
        return new Citations(Set.copyOf(links), Set.copyOf(ids));
    }

    public boolean isEmpty() {
        return links.isEmpty() && resourceIds.isEmpty();
    }
}
