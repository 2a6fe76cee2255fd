package org.marigold.platform;

/** The request was based on a state that has since changed (someone else acted first): a 409 at the edge. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
