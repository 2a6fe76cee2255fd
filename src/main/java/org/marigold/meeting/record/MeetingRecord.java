package org.marigold.meeting.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.breakout.GroupWorkService;

/**
 * What a meeting leaves behind, in phase order: the problem of practice, questions and answers, what the breakout
 * groups noted and found, recommendations with their +1s and the presenter's picks, the reflection and takeaways,
 * and how many came. Merged duplicates are left out; replies stay under their answer.
 */
public record MeetingRecord(Meeting meeting, List<PhaseRecord> phases, int attendance) {

    /** One phase and what was said in it. */
    public record PhaseRecord(int number, Phase phase, List<Said> said, List<GroupWorkService.GroupResult> groups) {

        public boolean isEmpty() {
            return said.isEmpty() && groups.isEmpty();
        }
    }

    /** One contribution as the record shows it. */
    public record Said(ContributionKind kind, String author, String body, String answer, int votes, boolean picked, List<Said> replies,
                       Instant at) {
    }

    /** Builds the record from the meeting, everything said in it, the groups' results and the attendance. */
    public static MeetingRecord of(Meeting meeting, List<Contribution> contributions, List<GroupWorkService.GroupResult> groups,
                                   int attendance) {
        List<PhaseRecord> phases = new ArrayList<>();
        List<Phase> all = meeting.getPhases();
        for (int i = 0; i < all.size(); i++) {
            int index = i;
            List<Said> said = contributions.stream()
                    .filter(c -> c.getPhaseIndex() == index && !c.isMerged() && c.getKind() != ContributionKind.REPLY)
                    .map(c -> said(c, contributions)).toList();
            boolean breakout = all.get(i).getKind() == PhaseKind.BREAKOUT;
            phases.add(new PhaseRecord(i + 1, all.get(i), said, breakout ? groups : List.of()));
        }
        return new MeetingRecord(meeting, phases, attendance);
    }

    private static Said said(Contribution c, List<Contribution> all) {
        List<Said> replies = all.stream().filter(r -> r.getParent() != null && r.getParent().getId().equals(c.getId()))
                .map(r -> said(r, all)).toList();
        return new Said(c.getKind(), c.getAuthor() == null ? null : c.getAuthor().getDisplayName(), c.getBody(), c.getAnswer(),
                c.getVotes(), c.isPicked(), replies, c.getCreatedAt());
    }
}
