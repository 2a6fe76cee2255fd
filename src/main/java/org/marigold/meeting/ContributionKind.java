package org.marigold.meeting;

/** What someone says in a meeting. Each phase kind accepts some of these. */
public enum ContributionKind {
    /** A clarifying or probing question for the presenter. */
    QUESTION,
    /** An answer to a chat prompt (A1 for Q1, ...). */
    ANSWER,
    /** A reply to a chat answer. */
    REPLY,
    RECOMMENDATION,
    /** The presenter's reflection. */
    REFLECTION,
    /** The presenter's focus question, restated after the questions (it then stands for the question on every page). */
    RESTATEMENT,
    /** Feedback on the presenter's work, warm or cool ({@link ContributionType}): the Tuning protocol's. */
    FEEDBACK,
    /** Anyone's one-line takeaway. */
    TAKEAWAY,
    /** A note for the whole group (breakout until the breakout issue lands, discussion). */
    NOTE
}
