package org.marigold.engagement;

import java.util.List;
import java.util.Map;

/**
 * One person's recorded activity in a community, as badge rules read it: whether they came to each of the
 * community's latest ended meetings (latest first), and how often they did each counted thing.
 */
public record Activity(long accountId, List<Boolean> latestMeetings, Map<Metric, Integer> counts) {

    public Activity {
        latestMeetings = List.copyOf(latestMeetings);
        counts = Map.copyOf(counts);
    }

    public int count(Metric metric) {
        return counts.getOrDefault(metric, 0);
    }

    /** Of the community's {@code window} latest ended meetings, how many this person came to. */
    public int attendedOfLast(int window) {
        return (int) latestMeetings.stream().limit(window).filter(Boolean::booleanValue).count();
    }
}
