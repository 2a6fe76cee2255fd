package org.marigold.meeting;

/**
 * The question a consultancy works on, as it stands now: {@code now} is the presenter's latest restatement, or the
 * question they framed ({@code framed}, possibly empty) when they have not restated it.
 */
public record FocusQuestion(String now, String framed, boolean restated) {
}
