package org.marigold.meeting;

/** Clarifying questions are brief and factual; probing questions push the presenter's thinking. */
public enum QuestionType {
    CLARIFYING, PROBING
}
