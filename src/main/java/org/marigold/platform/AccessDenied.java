package org.marigold.platform;

import java.util.Locale;

/** The caller is known but may not do this: a 403 at the edge, a message in the page. */
public class AccessDenied extends RuntimeException {

    private final String messageKey;

    public AccessDenied(String message) {
        this(message, null);
    }

    private AccessDenied(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Refused for a reason the bundles word ({@code messageKey}), so a page says why in the viewer's language. */
    public static AccessDenied because(String messageKey) {
        return new AccessDenied(Wording.of(Locale.ENGLISH, messageKey), messageKey);
    }

    /** The reason's message key, or null when only the (English) message says why. */
    public String messageKey() {
        return messageKey;
    }
}
