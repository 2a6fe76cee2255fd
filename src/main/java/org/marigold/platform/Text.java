package org.marigold.platform;

/** How typed text is kept: surrounding spaces dropped, and blank text means nothing was given. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding spaces, or null when nothing but spaces was typed. */
    public static String orNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
