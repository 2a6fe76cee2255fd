package org.marigold.meeting.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.community.Role;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.meeting.Anonymity;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.MeetingView;
import org.marigold.meeting.RunningNotes;
import org.marigold.meeting.breakout.GroupWorkService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;
import org.marigold.platform.Wording;

/**
 * Reads a meeting's record, for the members and guests of its community, and keeps the comments members add to it
 * afterwards, for as many days after the meeting as the community chose.
 */
@ApplicationScoped
@Transactional
public class RecordService {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    MeetingService meetings;

    @Inject
    GroupWorkService groups;

    @Inject
    MeetingRepository repository;

    @Inject
    LibraryService library;

    @Inject
    Clock clock;

    public MeetingRecord record(long actorId, long meetingId) {
        MeetingView view = meetings.open(actorId, meetingId);
        Meeting meeting = view.meeting();
        var sources = new MeetingRecord.Sources(meeting, meetings.contributions(actorId, meetingId), groups.results(actorId, meetingId),
                meetings.present(actorId, meetingId),
                em.createNamedQuery("RecordComment.of", RecordComment.class).setParameter("meeting", meeting).getResultList(),
                em.find(RunningNotes.class, meetingId));
        return MeetingRecord.of(sources, Anonymity.of(meeting, actorId), actorId, view.facilitates(),
                commentsUntil(meeting).orElse(null), clock.instant());
    }

    /**
     * A facilitator publishes the ended meeting's record read-only at a secret link, for people outside the community, or
     * revokes it: the link stops working at once, and publishing again makes a new one.
     */
    public Meeting share(long actorId, long meetingId, boolean shared) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("No such meeting"));
        if (!meetings.open(actorId, meetingId).facilitates()) {
            throw new AccessDenied("Only the meeting's facilitators share its record.");
        }
        if (shared != meeting.isRecordShared()) {
            meeting.shareRecord(shared ? TokenSecret.generate("").value().substring(0, 32) : null);
        }
        return meeting;
    }

    /**
     * The record at a shared link, as anyone outside the community reads it: read-only, without the comments, and with
     * names as the meeting's anonymity keeps them from a visitor ({@link Anonymity}: none where the community's records or
     * the meeting's contributions are anonymous).
     */
    public MeetingRecord shared(String token) {
        Meeting meeting = token == null || token.isBlank() ? null : em.createNamedQuery("Meeting.sharedRecord", Meeting.class)
                .setParameter("token", token).getResultStream().findFirst().orElse(null);
        if (meeting == null) {
            throw new NotFound("No record is shared at this link.");
        }
        var sources = new MeetingRecord.Sources(meeting, repository.contributions(meeting), groups.resultsOf(meeting),
                repository.attendees(meeting.getId()), java.util.List.of(), em.find(RunningNotes.class, meeting.getId()));
        return MeetingRecord.of(sources, Anonymity.of(meeting, null), -1, false, null, clock.instant());
    }

    /** The links of the meeting's record that its community's library holds already, each with the resource holding it. */
    public Map<String, Long> linksInLibrary(long actorId, MeetingRecord record) {
        meetings.open(actorId, record.meeting().getId());
        return library.holding(record.meeting().getCommunity(), record.links().stream().map(HarvestedLink::url).toList());
    }

    /**
     * A member adds a link said in the meeting to the library: titled by its address, described by who said it where
     * (in the member's language), found in this meeting. Only a link the record shows; of two members adding the same
     * link at once (the meeting is locked) the second is told the library holds it.
     */
    public Resource addLinkToLibrary(long actorId, long meetingId, String url) {
        em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        MeetingRecord record = record(actorId, meetingId);
        HarvestedLink link = record.links().stream().filter(said -> said.url().equals(url)).findFirst()
                .orElseThrow(() -> Rejected.because("record.link.unknown"));
        Locale language = em.find(Account.class, actorId).getLanguage();
        String where = link.phase() == null ? Wording.of(language, "meeting.problem")
                : link.phase().in(language).getTitle() + (link.group() == null ? "" : " · " + link.group());
        String description = link.who() == null ? Wording.of(language, "record.link.saidIn", where, record.meeting().getTitle())
                : Wording.of(language, "record.link.saidBy", link.who(), where, record.meeting().getTitle());
        return library.addSaidIn(actorId, record.meeting(), url, titleOf(url), description, where);
    }

    /** A link's title until someone gives it a better one: its address without the scheme, "www." or a trailing slash. */
    static String titleOf(String url) {
        String title = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "").replaceFirst("/$", "");
        return title.length() <= Resource.TITLE_MAX ? title : title.substring(0, Resource.TITLE_MAX - 1) + "…";
    }

    /** A member adds a comment to an ended meeting's record, while its community still takes comments. */
    public RecordComment comment(long actorId, long meetingId, String body) {
        MeetingView view = meetings.open(actorId, meetingId);
        if (view.role() == Role.GUEST) {
            throw new AccessDenied("Members comment on records.");
        }
        Meeting meeting = view.meeting();
        Instant until = commentsUntil(meeting).orElseThrow(() -> Rejected.onField("comment", "record.comment.notEnded"));
        if (!clock.instant().isBefore(until)) {
            throw Rejected.onField("comment", "record.comment.closed");
        }
        RecordComment comment = new RecordComment(meeting, em.find(Account.class, actorId), body, clock.instant());
        em.persist(comment);
        return comment;
    }

    /** Its author, or a facilitator, takes a comment away. */
    public void removeComment(long actorId, long commentId) {
        RecordComment comment = Optional.ofNullable(em.find(RecordComment.class, commentId))
                .orElseThrow(() -> new NotFound("No such comment"));
        MeetingView view = meetings.open(actorId, comment.getMeeting().getId());
        if (!comment.isBy(actorId) && !view.facilitates()) {
            throw new AccessDenied("Only its author or a facilitator removes a comment.");
        }
        em.remove(comment);
    }

    /** Until when the record takes comments: the community's number of days after the meeting ended. */
    private static Optional<Instant> commentsUntil(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.ENDED || meeting.getEndedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(meeting.getEndedAt().plus(Duration.ofDays(meeting.getCommunity().getCommentDays())));
    }
}
