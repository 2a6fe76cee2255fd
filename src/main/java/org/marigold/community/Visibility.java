package org.marigold.community;

/** Whether a community appears in the public directory and shows its page to visitors. */
public enum Visibility {
    LISTED, PRIVATE
}
