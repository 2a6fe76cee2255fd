package org.marigold.engagement;

/** The kinds of taking part a dashboard counts, whatever the phase they happened in. */
public enum Participation {
    /** Clarifying and probing questions. */
    QUESTIONS,
    /** Chat answers and replies. */
    ANSWERS,
    /** Breakout groups' shared notes and discussion notes. */
    NOTES,
    RECOMMENDATIONS,
    /** Warm and cool feedback (the Tuning protocol). */
    FEEDBACK,
    /** Resources breakout groups found and added to the library. */
    RESOURCES
}
