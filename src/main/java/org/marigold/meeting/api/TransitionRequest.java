package org.marigold.meeting.api;

/**
 * A facilitator's action: {@code action} is one of open, start, next, previous, pause, resume, add-minutes, end, stay,
 * close-groups;
 * {@code expectedPhase} is the phase the caller believes the meeting is in (-1 before the start); add-minutes also
 * names {@code expectedPlannedSeconds}, the phase's planned length it extends (the state's {@code plannedSeconds}).
 */
public record TransitionRequest(String action, Integer expectedPhase, Integer minutes, Integer expectedPlannedSeconds) {
}
