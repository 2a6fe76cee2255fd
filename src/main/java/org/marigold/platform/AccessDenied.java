package org.marigold.platform;

/** The caller is known but may not do this: a 403 at the edge, a message in the page. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
