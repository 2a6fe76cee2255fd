package org.marigold.platform;

/** Something the caller asked for does not exist, or is hidden from them: a 404 at the edge. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
