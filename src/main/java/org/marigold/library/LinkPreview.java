package org.marigold.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a linked page says about itself, to fill in the add form: its title, description and image, from its OpenGraph
 * tags ({@code og:title}...), else its Twitter card, else its {@code <title>} and description meta tag. Any part may be
 * null; the image is an absolute http(s) address or null.
 */
public record LinkPreview(String title, String description, String image) {

    static final int DESCRIPTION_MAX = 1000;

    /**
     * Reads the page's HTML as received from {@code page} (relative image addresses are resolved against it), in the
     * character set its answer named, or else the one the page declares (jsoup reads a byte-order mark and
     * {@code <meta charset>}), or UTF-8.
     */
    public static LinkPreview read(byte[] html, String charset, URI page) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), charset, page.toString());
        } catch (IOException | IllegalCharsetNameException | UnsupportedCharsetException unreadable) {
            return new LinkPreview(null, null, null);
        }
        String title = first(meta(document, "og:title"), meta(document, "twitter:title"), document.title());
        String description = first(meta(document, "og:description"), meta(document, "twitter:description"), meta(document, "description"));
        String image = first(meta(document, "og:image"), meta(document, "og:image:url"), meta(document, "twitter:image"));
        return new LinkPreview(shortened(title, Resource.TITLE_MAX), shortened(description, DESCRIPTION_MAX), absoluteWebAddress(image, page));
    }

    public boolean isEmpty() {
        return title == null && description == null && image == null;
    }

    /** A meta tag's content, named by {@code property} (OpenGraph) or {@code name} (the others). */
    private static String meta(Document document, String key) {
        for (Element tag : document.select("meta[property], meta[name]")) {
            if (key.equalsIgnoreCase(tag.attr("property")) || key.equalsIgnoreCase(tag.attr("name"))) {
                return tag.attr("content");
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static String shortened(String text, int most) {
        if (text == null || text.length() <= most) {
            return text;
        }
        return text.substring(0, most - 1).strip() + "…";
    }

    private static String absoluteWebAddress(String address, URI page) {
        if (address == null) {
            return null;
        }
        try {
            String absolute = page.resolve(address.strip()).toString();
            return WebLink.isAcceptable(absolute) ? absolute : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
