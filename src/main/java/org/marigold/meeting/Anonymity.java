package org.marigold.meeting;

import org.marigold.account.Account;

/**
 * Who said, wrote, found or came to a meeting, as one reader may be told. A community that keeps its records anonymous
 * keeps them so wherever the meeting's words are shown once it has ended (its record and its export, its live page,
 * its groups' pages, the library's finds, its attendance and what engagement pages say of who came, the API): names
 * go, for everyone but the person themself; counts stay. While the meeting
 * runs, the people in it see who is there and who speaks, as they would in the room; unless its facilitator made its
 * contributions anonymous before it started ({@code hidesAuthors}): then nobody but its author sees who said, wrote or
 * found what, on any page, in the record or the API, while who came stays as it is.
 */
public record Anonymity(boolean hidesNames, boolean hidesAuthors, Long readerId) {

    /** The rule for this meeting's words, read by this reader (null: a visitor). */
    public static Anonymity of(Meeting meeting, Long readerId) {
        boolean hidesNames = hides(meeting);
        return new Anonymity(hidesNames, hidesNames || (meeting != null && meeting.isAnonymousContributions()), readerId);
    }

    /** Whether the meeting's words are shown without who said them (to anyone but the person themself). */
    public static boolean hides(Meeting meeting) {
        return meeting != null && meeting.getStatus() == MeetingStatus.ENDED && meeting.getCommunity().isAnonymousRecords();
    }

    /** The person's name as this reader may see it: null when the record keeps it from them. */
    public String nameOf(Account person) {
        return shows(person) ? person.getDisplayName() : null;
    }

    /**
     * Who said, wrote or found something, as this reader may be told: null where the record keeps names, and in a
     * meeting whose contributions are anonymous (from anyone but the author, while it runs and after).
     */
    public String authorOf(Account author) {
        return author != null && (!hidesAuthors || Long.valueOf(author.getId()).equals(readerId)) ? author.getDisplayName() : null;
    }

    public boolean shows(Account person) {
        return person != null && shows(person.getId());
    }

    /** Whether this reader may be told that the person with this id was there (or said, wrote, found). */
    public boolean shows(long personId) {
        return !hidesNames || Long.valueOf(personId).equals(readerId);
    }
}
