package org.marigold.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.marigold.account.Account;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.Rejected;

/**
 * A meeting's running notes: a facilitator names a note-taker among the community's members; the note-taker (or a
 * facilitator) writes them while the meeting is planned or runs, and tidies them after; everyone who may read the
 * meeting reads them, and its record keeps them.
 */
@ApplicationScoped
@Transactional
public class RunningNotesService {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    MeetingService meetings;

    @Inject
    CommunityService communities;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Clock clock;

    /** The meeting's notes, for anyone who may read the meeting; empty while nobody was named or wrote any. */
    public Optional<RunningNotes> notes(long actorId, long meetingId) {
        meetings.open(actorId, meetingId);
        return Optional.ofNullable(em.find(RunningNotes.class, meetingId));
    }

    /** A facilitator names the note-taker (a member of the community), or nobody. */
    public RunningNotes nameNoteTaker(long actorId, long meetingId, Long noteTakerId) {
        MeetingView view = meetings.open(actorId, meetingId);
        if (!view.facilitates()) {
            throw new AccessDenied("Facilitators name the note-taker.");
        }
        Account noteTaker = null;
        if (noteTakerId != null) {
            noteTaker = communities.members(actorId, view.meeting().getCommunity().getSlugValue()).stream()
                    .filter(m -> m.getAccount().getId() == noteTakerId.longValue() && m.allows(Role.MEMBER)).findFirst()
                    .map(Membership::getAccount).orElseThrow(() -> Rejected.onField("noteTaker", "notes.noteTaker.notMember"));
        }
        RunningNotes notes = locked(meetingId);
        notes.nameNoteTaker(noteTaker);
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.PHASE)); // the note-taker's page offers the box
        return notes;
    }

    /**
     * The note-taker or a facilitator saves the notes, starting from the version they read; of two saving over the same
     * version the second is refused ({@link RunningNotes.StaleNotes}) with the notes as they now stand.
     */
    public RunningNotes write(long actorId, long meetingId, long readVersion, String body) {
        MeetingView view = meetings.open(actorId, meetingId);
        RunningNotes notes = locked(meetingId);
        if (!view.facilitates() && !notes.isTakenBy(actorId)) {
            throw new AccessDenied("The note-taker writes the notes.");
        }
        if (view.meeting().isCancelled()) {
            throw Rejected.onField("notes", "meeting.cancelled");
        }
        notes.write(readVersion, body, em.find(Account.class, actorId), clock.instant());
        changed.fire(new MeetingChanged(meetingId, MeetingChanged.Change.STAGE));
        return notes;
    }

    /** The meeting's notes row, locked for this change (made when first needed; the meeting's row serialises that). */
    private RunningNotes locked(long meetingId) {
        RunningNotes notes = em.find(RunningNotes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (notes == null) {
            em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
            notes = em.find(RunningNotes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
            if (notes == null) {
                notes = new RunningNotes(meetingId);
                em.persist(notes);
            }
        }
        return notes;
    }
}
