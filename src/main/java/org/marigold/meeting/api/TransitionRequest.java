package org.marigold.meeting.api;

/**
 * A facilitator's action: {@code action} is one of open, start, next, previous, pause, resume, add-minutes, end;
 * {@code expectedPhase} is the phase the caller believes the meeting is in (-1 before the start).
 */
public record TransitionRequest(String action, Integer expectedPhase, Integer minutes) {
}
