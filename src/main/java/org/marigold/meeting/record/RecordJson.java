package org.marigold.meeting.record;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's record as the API returns it. In an anonymous record authors and attendees are left out; where the
 * meeting's contributions were anonymous ({@code anonymousContributions}), authors are (but the reader's own).
 */
public record RecordJson(long id, String title, Instant startsAt, String status, String protocol, String presenter, int attendance,
                         List<String> attendees, boolean anonymous, Problem problem, List<PhaseJson> phases, String whatWasTried,
                         List<CommentJson> comments, Instant commentsUntil, String notes, String noteTaker, boolean anonymousContributions) {

    public record Problem(String title, String context, String framingQuestion, List<String> links) {
    }

    public record PhaseJson(int number, String title, String kind, List<Item> items, List<Group> groups) {
    }

    /** One thing said; {@code type} its sort (CLARIFYING or PROBING for a question, WARM or COOL for feedback), else null. */
    public record Item(String kind, String type, String author, String body, String answer, int votes, boolean picked, List<Item> replies,
                       boolean held, Integer broughtBackInPhase, String group) {
    }

    public record Group(String name, String lens, List<MeetingRecord.Note> notes, List<Find> finds) {
    }

    public record Find(String title, String url, String why) {
    }

    public record CommentJson(String author, String body, Instant at) {
    }

    public static RecordJson of(MeetingRecord record) {
        var meeting = record.meeting();
        var problem = meeting.getProblem() != null && meeting.getProblem().isWritten()
                ? new Problem(meeting.getProblem().getTitle(), meeting.getProblem().getContext(), meeting.getProblem().getFramingQuestion(),
                meeting.getProblem().getLinks()) : null;
        return new RecordJson(meeting.getId(), meeting.getTitle(), meeting.getStartsAt(), meeting.getStatus().name(), meeting.getProtocolName(),
                meeting.getPresenter() == null ? null : meeting.getPresenter().getDisplayName(), record.attendance(), record.attendees(),
                record.anonymous(), problem,
                record.phases().stream().map(p -> new PhaseJson(p.number(), p.phase().getTitle(), p.phase().getKind().name(),
                        p.said().stream().map(RecordJson::item).toList(),
                        p.groups().stream().map(g -> new Group(g.name(), g.lens(), g.notes(),
                                g.finds().stream().map(r -> new Find(r.getTitle(), r.getUrl(), r.getDescription())).toList())).toList()))
                        .toList(),
                meeting.getFollowUp(),
                record.comments().stream().map(c -> new CommentJson(c.author(), c.body(), c.at())).toList(), record.commentsUntil(),
                record.notes(), record.noteTaker(), meeting.isAnonymousContributions());
    }

    private static Item item(MeetingRecord.Said said) {
        return new Item(said.kind().name(), said.type() == null ? null : said.type().name(), said.author(), said.body(), said.answer(), said.votes(), said.picked(),
                said.replies().stream().map(RecordJson::item).toList(), said.held(), said.broughtBackIn(), said.group());
    }
}
