package org.marigold.meeting.breakout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marigold.account.Account;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceDraft;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceUse;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingChanged;
import org.marigold.meeting.MeetingService;
import org.marigold.meeting.MeetingStatus;
import org.marigold.meeting.PostingPace;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;

/**
 * What a breakout group does: shared notes (each member adds items; an edit names the version it started from, so
 * nobody's words are silently overwritten), resources it finds (they join the library, remembering the meeting and
 * the group), and, back in the room, turning a note into a recommendation. A member writes only in their own
 * group; the meeting's facilitators anywhere.
 */
@ApplicationScoped
@Transactional
public class GroupWorkService {

    /** The kinds a group can add while researching: things with a link. */
    public static final List<ResourceKind> FIND_KINDS = List.of(ResourceKind.LINK, ResourceKind.ARTICLE, ResourceKind.VIDEO,
            ResourceKind.PROTOCOL);

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    BreakoutService breakouts;

    @Inject
    MeetingService meetings;

    @Inject
    CommunityService communities;

    @Inject
    LibraryService library;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Clock clock;

    /** What one group did, as the whole meeting sees it once the breakouts are over. */
    public record GroupResult(Breakout group, List<BreakoutNote> notes, List<Resource> finds) {
    }

    public List<BreakoutNote> notes(long actorId, long breakoutId) {
        Breakout group = breakouts.group(actorId, breakoutId);
        return em.createNamedQuery("BreakoutNote.of", BreakoutNote.class).setParameter("breakout", group).getResultList();
    }

    public List<Resource> finds(long actorId, long breakoutId) {
        Breakout group = breakouts.group(actorId, breakoutId);
        return em.createQuery("SELECT r FROM Resource r WHERE r.foundInBreakout = :group ORDER BY r.id", Resource.class)
                .setParameter("group", group).getResultList();
    }

    /** Adds an item to the group's notes. Items never collide: each writer adds their own. */
    public BreakoutNote addNote(long actorId, long breakoutId, String body) {
        Breakout group = writable(actorId, breakoutId);
        Instant now = clock.instant();
        PostingPace.check(em.createQuery("SELECT n.writtenAt FROM BreakoutNote n WHERE n.breakout.meeting = :meeting"
                        + " AND n.author.id = :author AND n.writtenAt > :since ORDER BY n.writtenAt DESC", Instant.class)
                .setParameter("meeting", group.getMeeting()).setParameter("author", actorId)
                .setParameter("since", now.minus(PostingPace.LOOK_BACK)).setMaxResults(PostingPace.postsToRead()).getResultList(), now);
        BreakoutNote note = new BreakoutNote(group, em.find(Account.class, actorId), body, now);
        em.persist(note);
        touched(group);
        return note;
    }

    /**
     * Changes a note, if it still reads as it did when the editor started ({@code readVersion}); otherwise throws
     * {@link StaleNote} carrying the note as it now stands. The row is locked, so of two editors starting from the
     * same text one saves and the other is told.
     */
    public BreakoutNote editNote(long actorId, long noteId, long readVersion, String body) {
        BreakoutNote note = lockedNote(noteId);
        writable(actorId, note.getBreakout().getId());
        note.edit(readVersion, body, em.find(Account.class, actorId), clock.instant());
        touched(note.getBreakout());
        return note;
    }

    /** Its author or a facilitator removes a note, as it stands (a note changed meanwhile is not removed unseen). */
    public void deleteNote(long actorId, long noteId, long readVersion) {
        BreakoutNote note = lockedNote(noteId);
        Breakout group = writable(actorId, note.getBreakout().getId());
        boolean author = note.getAuthor() != null && note.getAuthor().getId() == actorId;
        if (!author && !meetings.open(actorId, group.getMeeting().getId()).facilitates()) {
            throw new AccessDenied("Only its author or a facilitator removes a note.");
        }
        note.requireVersion(readVersion);
        em.remove(note);
        touched(group);
    }

    /**
     * A resource the group found: it joins the community's library at once, with its provenance (this meeting, this
     * group), and counts as used in the meeting. Guests take part in notes; adding to a library needs a member.
     */
    public Resource addFind(long actorId, long breakoutId, ResourceKind kind, String title, String link, String why) {
        Breakout group = writable(actorId, breakoutId);
        Meeting meeting = group.getMeeting();
        Membership member = communities.require(meeting.getCommunity(), actorId, Role.GUEST);
        if (!member.allows(Role.MEMBER)) {
            throw Rejected.because("breakout.find.membersOnly");
        }
        if (kind == null || !FIND_KINDS.contains(kind)) {
            throw Rejected.onField("kind", "breakout.find.kind");
        }
        Resource found = library.addFound(meeting, group, member, new ResourceDraft(kind, title, link, null, why, null),
                ResourceUse.How.FOUND);
        touched(group);
        return found;
    }

    /**
     * Back in the room, the group's member (or a facilitator) turns a note into a recommendation while the meeting
     * takes recommendations; the note remembers it, so it is recommended once.
     */
    public Contribution recommend(long actorId, long noteId) {
        BreakoutNote note = lockedNote(noteId);
        Breakout group = note.getBreakout();
        if (!breakouts.mayWrite(actorId, group)) {
            throw new AccessDenied("Only the group's members recommend its notes.");
        }
        if (note.isRecommended()) {
            throw Rejected.because("breakout.note.alreadyRecommended");
        }
        Contribution recommendation = meetings.contribute(actorId, group.getMeeting().getId(), ContributionKind.RECOMMENDATION,
                null, note.getBody(), null);
        note.recommendedAs(recommendation);
        changed.fire(new MeetingChanged(group.getMeeting().getId(), MeetingChanged.Change.CONTRIBUTIONS)); // the group's credit
        return recommendation;
    }

    /**
     * A facilitator pins a group's note for the whole room to see, on the live page and every group's page, or unpins
     * it ({@code pinned} false). Pinning a pinned note changes nothing, so two facilitators pressing at once pin it once.
     */
    public void pin(long actorId, long noteId, boolean pinned) {
        BreakoutNote note = Optional.ofNullable(em.find(BreakoutNote.class, noteId)).orElseThrow(() -> new NotFound("No such note"));
        Meeting meeting = note.getBreakout().getMeeting();
        if (!meetings.open(actorId, meeting.getId()).facilitates()) {
            throw new AccessDenied("Only a facilitator pins a group's note for the room.");
        }
        if (meeting.getStatus() == MeetingStatus.ENDED) {
            throw Rejected.because("meeting.alreadyEnded");
        }
        int changedRows = pinned
                ? em.createNativeQuery("UPDATE breakout_note SET pinned_at = ?, pinned_by_id = ? WHERE id = ? AND pinned_at IS NULL")
                        .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, actorId).setParameter(3, noteId).executeUpdate()
                : em.createNativeQuery("UPDATE breakout_note SET pinned_at = NULL, pinned_by_id = NULL WHERE id = ? AND pinned_at IS NOT NULL")
                        .setParameter(1, noteId).executeUpdate();
        if (changedRows > 0) {
            changed.fire(new MeetingChanged(meeting.getId(), MeetingChanged.Change.STAGE)); // every page's pinned notes
            changed.fire(new MeetingChanged(meeting.getId(), MeetingChanged.Change.GROUPS)); // the overview's pin buttons
        }
    }

    /** The notes pinned for the room, the latest pinned first, for anyone in the meeting. */
    public List<BreakoutNote> pinned(long actorId, long meetingId) {
        Meeting meeting = meetings.open(actorId, meetingId).meeting();
        return em.createNamedQuery("BreakoutNote.pinnedIn", BreakoutNote.class).setParameter("meeting", meeting).getResultList();
    }

    /** The group each recommendation made from a group's note came from, by the recommendation's id. */
    public Map<Long, String> creditedGroups(long actorId, long meetingId) {
        Meeting meeting = meetings.open(actorId, meetingId).meeting();
        return em.createQuery("SELECT n.recommendation.id, n.breakout.name FROM BreakoutNote n WHERE n.breakout.meeting = :meeting"
                        + " AND n.recommendation IS NOT NULL", Object[].class).setParameter("meeting", meeting).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1], (first, second) -> first));
    }

    /** Every group's notes and finds, in group order, for the whole meeting once the breakouts are behind it. */
    public List<GroupResult> results(long actorId, long meetingId) {
        return resultsOf(meetings.open(actorId, meetingId).meeting());
    }

    /** The same, for a meeting whoever asks may read already (its record shared at a link). */
    public List<GroupResult> resultsOf(Meeting meeting) {
        if (!BreakoutService.breakoutsBehind(meeting)) {
            return List.of();
        }
        Map<Long, List<BreakoutNote>> notes = em.createNamedQuery("BreakoutNote.ofMeeting", BreakoutNote.class)
                .setParameter("meeting", meeting).getResultList().stream()
                .collect(Collectors.groupingBy(n -> n.getBreakout().getId()));
        Map<Long, List<Resource>> finds = em.createQuery(
                        "SELECT r FROM Resource r WHERE r.foundInBreakout.meeting = :meeting ORDER BY r.id", Resource.class)
                .setParameter("meeting", meeting).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getFoundInBreakout().getId()));
        return em.createNamedQuery("Breakout.of", Breakout.class).setParameter("meeting", meeting).getResultList().stream()
                .map(group -> new GroupResult(group, notes.getOrDefault(group.getId(), List.of()),
                        finds.getOrDefault(group.getId(), List.of())))
                .toList();
    }

    /** The group, if this person may write in it now: breakouts running, and they are in it or facilitate. */
    private Breakout writable(long actorId, long breakoutId) {
        Breakout group = breakouts.group(actorId, breakoutId);
        if (!breakouts.mayWrite(actorId, group)) {
            throw new AccessDenied("A member writes only in their own group.");
        }
        if (!BreakoutService.inBreakout(group.getMeeting())) {
            throw Rejected.because("breakout.closed");
        }
        return group;
    }

    private BreakoutNote lockedNote(long noteId) {
        return Optional.ofNullable(em.find(BreakoutNote.class, noteId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("No such note"));
    }

    /**
     * Keeps the group's last activity for the facilitators' overview. A bulk update, so that writers in the same
     * group never collide on the group's version.
     */
    private void touched(Breakout group) {
        Instant now = clock.instant();
        em.createQuery("UPDATE Breakout b SET b.lastActivityAt = :now WHERE b.id = :id")
                .setParameter("now", now).setParameter("id", group.getId()).executeUpdate();
        changed.fire(new MeetingChanged(group.getMeeting().getId(), MeetingChanged.Change.GROUPS));
    }
}
