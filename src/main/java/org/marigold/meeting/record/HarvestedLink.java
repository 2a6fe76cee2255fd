package org.marigold.meeting.record;

import org.marigold.meeting.Phase;

/**
 * A web address said in a meeting, as its record gathers them under "Links from this meeting": who said it (null in an
 * anonymous record, or for the problem of practice's links, which are the presenter's), in which phase (null: the
 * problem of practice) and, for a breakout group's note or find, which group.
 */
public record HarvestedLink(String url, String who, Phase phase, String group) {
}
