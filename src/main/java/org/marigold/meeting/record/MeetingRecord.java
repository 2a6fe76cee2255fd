package org.marigold.meeting.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marigold.account.Account;
import org.marigold.library.Citations;
import org.marigold.library.Resource;
import org.marigold.meeting.Anonymity;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.ContributionType;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.RunningNotes;
import org.marigold.meeting.breakout.GroupWorkService;

/**
 * What a meeting leaves behind, in phase order: the problem of practice, questions and answers, what the breakout
 * groups noted and found, recommendations with their +1s and the presenter's picks, the reflection and takeaways,
 * how many came (and who, unless the community keeps records anonymous), what the presenter tried afterwards, and
 * the comments of people who read it later. Merged duplicates are left out; replies stay under their answer.
 * In an anonymous record every author but the reader is null ({@link Anonymity}).
 */
public record MeetingRecord(Meeting meeting, List<PhaseRecord> phases, int attendance, List<String> attendees, boolean anonymous,
                            List<Comment> comments, Instant commentsUntil, boolean commentsOpen, String notes, String noteTaker) {

    /** Who came, as one line ("Maya Chen, Sam Rivera"); in an anonymous record, at most the reader. */
    public String attendeeList() {
        return String.join(", ", attendees);
    }

    /**
     * Every web address said in the meeting, first where it was first said: the problem of practice's links, then in
     * phase order what was said (answers and replies too), the groups' notes and finds. Each address once.
     */
    public List<HarvestedLink> links() {
        Map<String, HarvestedLink> links = new LinkedHashMap<>();
        if (meeting.getProblem() != null) {
            meeting.getProblem().getLinks().forEach(url -> links.putIfAbsent(url, new HarvestedLink(url, null, null, null)));
        }
        for (PhaseRecord phase : phases) {
            for (Said said : phase.said()) {
                harvest(links, said, phase.phase());
            }
            for (GroupRecord group : phase.groups()) {
                for (Note note : group.notes()) {
                    Citations.in(note.body()).links().stream().sorted()
                            .forEach(url -> links.putIfAbsent(url, new HarvestedLink(url, note.author(), phase.phase(), group.name())));
                }
                group.finds().stream().filter(find -> find.getUrl() != null)
                        .forEach(find -> links.putIfAbsent(find.getUrl(), new HarvestedLink(find.getUrl(), null, phase.phase(), group.name())));
            }
        }
        return List.copyOf(links.values());
    }

    private static void harvest(Map<String, HarvestedLink> links, Said said, Phase phase) {
        for (String text : java.util.Arrays.asList(said.body(), said.answer())) {
            Citations.in(text).links().stream().sorted()
                    .forEach(url -> links.putIfAbsent(url, new HarvestedLink(url, said.author(), phase, null)));
        }
        said.replies().forEach(reply -> harvest(links, reply, phase));
    }

    /** The focus question as the presenter last restated it, or null when they did not. */
    public String restated() {
        return phases.stream().flatMap(phase -> phase.said().stream()).filter(said -> said.kind() == ContributionKind.RESTATEMENT)
                .reduce((first, second) -> second).map(Said::body).orElse(null);
    }

    /** One phase and what was said in it. */
    public record PhaseRecord(int number, Phase phase, List<Said> said, List<GroupRecord> groups) {

        public boolean isEmpty() {
            return said.isEmpty() && groups.isEmpty();
        }
    }

    /**
     * One contribution as the record shows it; {@code author} names everyone who asked a question (the authors of the
     * duplicates merged into it too); a question held for later says so, and in which phase ({@code broughtBackIn}, its
     * number) a facilitator brought it back, if one did; a recommendation made from a breakout group's note names the
     * group ({@code group}, else null); {@code type} is its sort (clarifying or probing, warm or cool), else null.
     */
    public record Said(ContributionKind kind, ContributionType type, String author, String body, String answer, int votes, boolean picked,
                       List<Said> replies, Instant at, boolean held, Integer broughtBackIn, String group) {
    }

    /** One breakout group: its lens, its notes (with their authors) and what it found. */
    public record GroupRecord(String name, String lens, List<Note> notes, List<Resource> finds) {
    }

    public record Note(String author, String body) {
    }

    /** A comment added after the meeting; {@code removable} by the one reading the record (its author, or a facilitator). */
    public record Comment(long id, String author, String body, Instant at, boolean removable) {
    }

    /** What the record is built from, as the services read it. */
    public record Sources(Meeting meeting, List<Contribution> contributions, List<GroupWorkService.GroupResult> groups, List<Account> present,
                          List<RecordComment> comments, RunningNotes notes) {
    }

    /**
     * Builds the record for one reader: names as {@code names} lets the reader see them; comments the reader may remove
     * marked so; comments open until {@code commentsUntil} (null: not yet, the meeting has not ended).
     */
    public static MeetingRecord of(Sources sources, Anonymity names, long readerId, boolean readerFacilitates, Instant commentsUntil,
                                   Instant now) {
        Function<Account, String> name = names::nameOf;
        Function<Account, String> author = names::authorOf;
        List<Contribution> contributions = sources.contributions();
        List<GroupRecord> groups = sources.groups().stream().map(g -> new GroupRecord(g.group().getName(), g.group().getLens(),
                g.notes().stream().map(n -> new Note(author.apply(n.getAuthor()), n.getBody())).toList(), g.finds())).toList();
        Map<Long, String> credited = new HashMap<>();
        sources.groups().forEach(g -> g.notes().stream().filter(n -> n.getRecommendation() != null)
                .forEach(n -> credited.put(n.getRecommendation().getId(), g.group().getName())));
        List<PhaseRecord> phases = new ArrayList<>();
        List<Phase> all = sources.meeting().getPhases();
        for (int i = 0; i < all.size(); i++) {
            int index = i;
            List<Said> said = contributions.stream()
                    .filter(c -> c.getPhaseIndex() == index && !c.isMerged() && c.getKind() != ContributionKind.REPLY)
                    .map(c -> said(c, contributions, author, credited)).toList();
            if (all.get(i).getKind() == PhaseKind.FEEDBACK) { // warm and cool feedback kept apart, each in the order said
                said = said.stream().sorted(Comparator.comparing(Said::type, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            }
            boolean breakout = all.get(i).getKind() == PhaseKind.BREAKOUT;
            phases.add(new PhaseRecord(i + 1, all.get(i), said, breakout ? groups : List.of()));
        }
        List<Comment> comments = sources.comments().stream().map(c -> new Comment(c.getId(), name.apply(c.getAuthor()), c.getBody(),
                c.getWrittenAt(), c.isBy(readerId) || readerFacilitates)).toList();
        List<String> attendees = sources.present().stream().filter(names::shows).map(Account::getDisplayName).toList();
        boolean open = commentsUntil != null && now.isBefore(commentsUntil);
        RunningNotes notes = sources.notes();
        return new MeetingRecord(sources.meeting(), phases, sources.present().size(), attendees, names.hidesNames(), comments, commentsUntil, open,
                notes == null ? null : notes.getBody(), notes == null || notes.getNoteTaker() == null ? null : name.apply(notes.getNoteTaker()));
    }

    private static Said said(Contribution c, List<Contribution> all, Function<Account, String> name, Map<Long, String> credited) {
        List<Said> replies = all.stream().filter(r -> r.getParent() != null && r.getParent().getId().equals(c.getId()))
                .map(r -> said(r, all, name, credited)).toList();
        String author = c.getKind() == ContributionKind.QUESTION
                ? c.getAskers().stream().map(name).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "))
                : name.apply(c.getAuthor());
        return new Said(c.getKind(), c.getType(), author == null || author.isEmpty() ? null : author, c.getBody(), c.getAnswer(), c.getVotes(),
                c.isPicked(), replies, c.getCreatedAt(), c.isHeld(), c.isBroughtBack() ? c.getBroughtBackIn() + 1 : null, credited.get(c.getId()));
    }
}
