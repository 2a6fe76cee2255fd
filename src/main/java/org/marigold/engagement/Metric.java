package org.marigold.engagement;

/** What a badge rule reads from a person's recorded activity in one community. */
public enum Metric {
    /** Meetings come to among the community's latest ended ones (the rule's window says how many). */
    ATTENDED_OF_LAST,
    /** Ended meetings this person presented at. */
    PRESENTED,
    /** Marks of "helpful" that others gave the resources this person added. */
    HELPFUL_MARKS_RECEIVED,
    /** Guests this person invited who then came to a meeting. */
    GUESTS_BROUGHT,
    /** Questions this person asked in meetings. */
    QUESTIONS_ASKED
}
