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

/** One breakout group of a meeting: its name, the lens it looks through, its starter list, and who is in it. */
@Entity
@NamedQuery(name = "Breakout.of", query = "SELECT b FROM Breakout b WHERE b.meeting = :meeting ORDER BY b.position")
@NamedQuery(name = "Breakout.deleteOf", query = "DELETE FROM Breakout b WHERE b.meeting = :meeting")
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
