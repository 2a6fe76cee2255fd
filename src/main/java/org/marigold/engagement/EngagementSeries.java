package org.marigold.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marigold.community.Role;
import org.marigold.schedule.Rsvp;

/**
 * A community's engagement over a span of time, worked out from what was recorded: for each ended meeting, who
 * came (new or returning, members or guests), what they had answered to "will you come?", and how much they took
 * part; and the members who have not come to any of the last three meetings. Pure arithmetic on facts the service
 * reads, so the numbers can be checked by hand.
 */
public record EngagementSeries(List<MeetingRow> meetings, Map<Participation, Long> participation, List<Lapsed> lapsed) {

    /** How many of the latest meetings someone must have missed to count as no longer coming. */
    public static final int LAPSED_AFTER = 3;

    /**
     * What was recorded of one ended meeting. After an {@code anonymous} one (its records name no one) who came is
     * counted but never named, not even as missing: such meetings do not tell who has stopped coming.
     */
    public record MeetingFacts(long id, String title, Instant startsAt, Set<Long> attendees, boolean anonymous,
                               Map<Long, Rsvp.Answer> answers, Map<Participation, Long> participation) {

        /** A meeting whose records name who came. */
        public MeetingFacts(long id, String title, Instant startsAt, Set<Long> attendees, Map<Long, Rsvp.Answer> answers,
                            Map<Participation, Long> participation) {
            this(id, title, startsAt, attendees, false, answers, participation);
        }
    }

    /** A member as the series needs them: their role now and when they joined. */
    public record Member(long accountId, String name, Role role, Instant joinedAt) {
    }

    /** One meeting's line of the dashboard. */
    public record MeetingRow(long id, String title, Instant startsAt, int participants, int members, int guests, int newcomers,
                             int returning, int saidYes, int saidMaybe, int saidNo, int saidYesAndCame,
                             Map<Participation, Long> participation) {
    }

    /** A member who came to none of the last three meetings, and when they last came (null: never). */
    public record Lapsed(long accountId, String name, Instant lastCame) {
    }

    /**
     * @param ended every ended meeting of the community up to the span's end, oldest first (earlier ones tell who is new)
     * @param from  the span's start: meetings before it only serve to tell newcomers from those returning
     * @param members the community's members and guests now (someone who came and has left counts as a member)
     */
    public static EngagementSeries of(List<MeetingFacts> ended, Instant from, List<Member> members) {
        Map<Long, Member> byId = new java.util.HashMap<>();
        members.forEach(m -> byId.put(m.accountId(), m));
        Set<Long> seenBefore = new HashSet<>();
        Map<Long, Instant> lastCame = new java.util.HashMap<>();
        List<MeetingRow> rows = new ArrayList<>();
        Map<Participation, Long> totals = new EnumMap<>(Participation.class);
        for (Participation kind : Participation.values()) {
            totals.put(kind, 0L);
        }
        for (MeetingFacts meeting : ended) {
            int newcomers = 0;
            int guests = 0;
            for (long person : meeting.attendees()) {
                if (!seenBefore.contains(person)) {
                    newcomers++;
                }
                Member member = byId.get(person);
                if (member != null && member.role() == Role.GUEST) {
                    guests++;
                }
            }
            seenBefore.addAll(meeting.attendees());
            if (!meeting.anonymous()) {
                meeting.attendees().forEach(person -> lastCame.put(person, meeting.startsAt()));
            }
            if (meeting.startsAt().isBefore(from)) {
                continue;
            }
            int participants = meeting.attendees().size();
            int yes = answered(meeting, Rsvp.Answer.YES);
            int yesAndCame = (int) meeting.answers().entrySet().stream()
                    .filter(e -> e.getValue() == Rsvp.Answer.YES && meeting.attendees().contains(e.getKey())).count();
            Map<Participation, Long> taking = new EnumMap<>(Participation.class);
            for (Participation kind : Participation.values()) {
                long count = meeting.participation().getOrDefault(kind, 0L);
                taking.put(kind, count);
                totals.merge(kind, count, Long::sum);
            }
            rows.add(new MeetingRow(meeting.id(), meeting.title(), meeting.startsAt(), participants, participants - guests, guests, newcomers,
                    participants - newcomers, yes, answered(meeting, Rsvp.Answer.MAYBE), answered(meeting, Rsvp.Answer.NO), yesAndCame, taking));
        }
        return new EngagementSeries(rows, totals, lapsed(ended, members, lastCame));
    }

    private static int answered(MeetingFacts meeting, Rsvp.Answer answer) {
        return (int) meeting.answers().values().stream().filter(a -> a == answer).count();
    }

    /**
     * Members (not guests) who belonged before the third-last meeting and came to none of the last three (of those
     * whose records name who came). With fewer than three meetings nobody has missed three.
     */
    private static List<Lapsed> lapsed(List<MeetingFacts> all, List<Member> members, Map<Long, Instant> lastCame) {
        List<MeetingFacts> ended = all.stream().filter(m -> !m.anonymous()).toList();
        if (ended.size() < LAPSED_AFTER) {
            return List.of();
        }
        List<MeetingFacts> latest = ended.subList(ended.size() - LAPSED_AFTER, ended.size());
        Instant thirdLast = latest.get(0).startsAt();
        Set<Long> came = new HashSet<>();
        latest.forEach(m -> came.addAll(m.attendees()));
        return members.stream()
                .filter(m -> m.role() != Role.GUEST && m.joinedAt().isBefore(thirdLast) && !came.contains(m.accountId()))
                .map(m -> new Lapsed(m.accountId(), m.name(), lastCame.get(m.accountId())))
                .sorted(Comparator.comparing(Lapsed::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The numbers behind the participants chart: per meeting, newcomers and those returning. */
    public int totalParticipants() {
        return meetings.stream().mapToInt(MeetingRow::participants).sum();
    }
}
