package org.marigold.meeting.breakout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.library.ResourceList;
import org.marigold.meeting.Meeting;
import org.marigold.platform.Rejected;

/** One breakout group of a meeting: its name, the lens it looks through, its starter list, and who is in it. */
@Entity
@NamedQuery(name = "Breakout.of", query = "SELECT b FROM Breakout b WHERE b.meeting = :meeting ORDER BY b.position")
@NamedQuery(name = "Breakout.deleteOf", query = "DELETE FROM Breakout b WHERE b.meeting = :meeting")
@NamedQuery(name = "Breakout.findCounts", query = "SELECT r.foundInBreakout.id, COUNT(r) FROM Resource r "
        + "WHERE r.foundInBreakout.meeting = :meeting GROUP BY r.foundInBreakout.id")
public class Breakout {

    public static final int NAME_MAX = 80;
    public static final int LENS_MAX = 1000;

    @Id
    @SequenceGenerator(name = "breakout_seq", sequenceName = "breakout_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breakout_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private String lens;

    @ManyToOne
    @JoinColumn(name = "starter_list_id")
    private ResourceList starterList;

    @Column(name = "member_cap")
    private Integer cap;

    @Column(name = "needs_facilitator", nullable = false)
    private boolean needsFacilitator;

    /** Members pick this group themselves (up to the cap), instead of being placed. */
    @Column(name = "chosen_by_members", nullable = false)
    private boolean chosenByMembers;

    @Column(name = "last_activity_at")
    private java.time.Instant lastActivityAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "breakout_member", joinColumns = @JoinColumn(name = "breakout_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> members = new HashSet<>();

    @Version
    private long version;

    protected Breakout() {
    }

    public Breakout(Meeting meeting, int position, String name, ResourceList starterList) {
        this.meeting = meeting;
        this.position = position;
        this.name = name;
        this.starterList = starterList;
    }

    /** A group members choose themselves, at most {@code cap} of them (null: no limit). */
    public Breakout chosenByMembers(Integer cap) {
        this.chosenByMembers = true;
        this.cap = cap;
        return this;
    }

    /** A facilitator renames the group, gives it its lens and its starter list. */
    public void describe(String name, String lens, ResourceList starterList, Integer cap) {
        String title = org.marigold.platform.Text.orNull(name);
        if (title == null) {
            throw Rejected.onField("name", "breakout.name.empty");
        }
        if (title.length() > NAME_MAX) {
            throw Rejected.onField("name", "breakout.name.tooLong", NAME_MAX);
        }
        String brief = org.marigold.platform.Text.orNull(lens);
        if (brief != null && brief.length() > LENS_MAX) {
            throw Rejected.onField("lens", "breakout.lens.tooLong", LENS_MAX);
        }
        if (cap != null && cap < 1) {
            throw Rejected.onField("cap", "breakout.cap.invalid");
        }
        this.name = title;
        this.lens = brief;
        this.starterList = starterList;
        this.cap = cap;
    }

    /** Whether a member may join this group themselves now. */
    public boolean hasRoom() {
        return GroupAssignment.hasRoom(members.size(), cap);
    }

    public void callFacilitator(boolean needed) {
        this.needsFacilitator = needed;
    }

    public void touched(java.time.Instant now) {
        this.lastActivityAt = now;
    }

    public void add(Account person) {
        members.add(person);
    }

    public boolean remove(Account person) {
        return members.remove(person);
    }

    public boolean has(long accountId) {
        return members.stream().anyMatch(a -> a.getId() == accountId);
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getLens() {
        return lens;
    }

    public ResourceList getStarterList() {
        return starterList;
    }

    public Integer getCap() {
        return cap;
    }

    public boolean isChosenByMembers() {
        return chosenByMembers;
    }

    public java.time.Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNeedsFacilitator() {
        return needsFacilitator;
    }

    /** Members by name. */
    public List<Account> getMembers() {
        return members.stream().sorted(Comparator.comparing(a -> a.getDisplayName().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    public int getSize() {
        return members.size();
    }
}
