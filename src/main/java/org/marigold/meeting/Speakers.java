package org.marigold.meeting;

/** Who has the floor in a phase. */
public enum Speakers {
    /** Everyone may speak and contribute. */
    EVERYONE,
    /** The presenter speaks; the others listen. */
    PRESENTER,
    /** The group speaks while the presenter listens (classic Consultancy discussion). */
    GROUP,
    /** Only facilitators speak. */
    FACILITATOR
}
