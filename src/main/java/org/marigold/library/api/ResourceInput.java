package org.marigold.library.api;

import java.util.List;

/** What a member sends to add a resource: kind is LINK, ARTICLE, BOOK, VIDEO or PROTOCOL. */
public record ResourceInput(String kind, String title, String url, String isbn, String description, List<String> tags) {
}
