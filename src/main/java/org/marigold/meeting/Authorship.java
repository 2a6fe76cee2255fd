package org.marigold.meeting;

/**
 * Whether a meeting says who said what: named as in the room, or anonymous, where nobody but its author is told who
 * said, wrote or found something ({@link Anonymity}). An enumeration rather than a flag, so a library query can ask it
 * in a subquery on every database (a boolean literal there is written as 1, which H2 refuses).
 */
public enum Authorship {
    NAMED, ANONYMOUS
}
