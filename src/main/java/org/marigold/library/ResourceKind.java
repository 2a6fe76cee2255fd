package org.marigold.library;

/** What a library resource is, which decides how it is shown and what it must carry. */
public enum ResourceKind {
    LINK, ARTICLE, BOOK, VIDEO, PROTOCOL, FILE
}
