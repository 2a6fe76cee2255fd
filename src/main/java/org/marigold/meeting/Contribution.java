package org.marigold.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.platform.Rejected;
import org.marigold.platform.Text;

/** Something one person said in a meeting, in the phase they said it. */
@Entity
@NamedQuery(name = "Contribution.ofMeeting",
        query = "SELECT c FROM Contribution c LEFT JOIN FETCH c.author WHERE c.meeting = :meeting ORDER BY c.phaseIndex, c.createdAt, c.id",
        // The voters of all of them in one more query (not one per contribution: a meeting has hundreds).
        hints = {@QueryHint(name = "eclipselink.batch", value = "c.voters"), @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Contribution {

    public static final int BODY_MAX = 2000;

    @Id
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "phase_index", nullable = false)
    private int phaseIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContributionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_type")
    private ContributionType type;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Account author;

    /** The facilitator who last turned this question from clarifying to probing or back; null if nobody did. */
    @ManyToOne
    @JoinColumn(name = "retagged_by_id")
    private Account retaggedBy;

    @Column(nullable = false)
    private String body;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Contribution parent;

    /** The presenter's answer to a question, shown inline. */
    private String answer;

    private boolean held;

    /** The later phase a question held for later was brought back in, by a facilitator; null while it waits. */
    @Column(name = "brought_back_in")
    private Integer broughtBackIn;

    private boolean answered;

    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private Contribution mergedInto;

    /** A recommendation the presenter will try. */
    private boolean picked;

    /** Who else asked this question: the authors of the duplicates merged into it. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "contribution_asker", joinColumns = @JoinColumn(name = "contribution_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> alsoAskedBy = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_vote", joinColumns = @JoinColumn(name = "contribution_id"))
    @Column(name = "account_id")
    private Set<Long> voters = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contribution() {
    }

    public Contribution(Meeting meeting, int phaseIndex, ContributionKind kind, ContributionType type, Account author,
                        String body, Contribution parent, Instant createdAt) {
        String text = Text.written(body, BODY_MAX, "body", "contribution");
        this.meeting = meeting;
        this.phaseIndex = phaseIndex;
        this.kind = kind;
        this.type = ContributionType.forKind(kind, type);
        this.author = author;
        this.body = text;
        this.parent = parent;
        this.createdAt = createdAt;
    }

    public void answer(String text) {
        if (kind != ContributionKind.QUESTION) {
            throw Rejected.because("contribution.notAQuestion");
        }
        String written = text == null ? "" : text.strip();
        if (written.length() > BODY_MAX) {
            throw Rejected.onField("answer", "contribution.tooLong", BODY_MAX);
        }
        this.answer = written.isEmpty() ? null : written;
        this.answered = this.answer != null || answered;
    }

    /** A probing question asked too early is kept for the discussion rather than deleted. */
    public void holdForLater() {
        if (kind != ContributionKind.QUESTION) {
            throw Rejected.because("contribution.notAQuestion");
        }
        held = true;
        type = ContributionType.PROBING;
    }

    /**
     * A facilitator says what kind of question this is (a "clarifying" question that asks the presenter to think is
     * probing). Nothing changes when it is that kind already, so two facilitators pressing at once change it once.
     *
     * @return whether it changed
     */
    public boolean retag(ContributionType type, Account facilitator) {
        if (kind != ContributionKind.QUESTION) {
            throw Rejected.because("contribution.notAQuestion");
        }
        if (type == null || type == this.type || type.kind() != kind) {
            return false;
        }
        this.type = type;
        retaggedBy = facilitator;
        return true;
    }

    /** A question held for later, shown again in a later phase ({@code phaseIndex}, the phase now). */
    public void bringBack(int phaseIndex) {
        if (!held) {
            throw Rejected.because("contribution.notHeld");
        }
        if (phaseIndex <= this.phaseIndex) {
            throw Rejected.because("contribution.bringBackLater");
        }
        broughtBackIn = phaseIndex;
    }

    public void markAnswered() {
        answered = true;
    }

    /** Folds a duplicate into the question it repeats; its voters count for the one kept. */
    public void mergeInto(Contribution kept) {
        if (kept == this || kept.kind != kind || !kept.meeting.getId().equals(meeting.getId())) {
            throw Rejected.because("contribution.cannotMerge");
        }
        mergedInto = kept;
        kept.voters.addAll(voters);
        kept.alsoAskedBy.add(author);
        kept.alsoAskedBy.addAll(alsoAskedBy);
        kept.alsoAskedBy.remove(kept.author);
    }

    /** +1 or like; a second press takes it back. Returns whether the person now supports it. */
    public boolean toggleVote(long accountId) {
        if (!voters.remove(accountId)) {
            voters.add(accountId);
            return true;
        }
        return false;
    }

    public void pick(boolean willTry) {
        if (kind != ContributionKind.RECOMMENDATION) {
            throw Rejected.because("contribution.notARecommendation");
        }
        picked = willTry;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPhaseIndex() {
        return phaseIndex;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public Account getRetaggedBy() {
        return retaggedBy;
    }

    public ContributionType getType() {
        return type;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Contribution getParent() {
        return parent;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isHeld() {
        return held;
    }

    public Integer getBroughtBackIn() {
        return broughtBackIn;
    }

    /** Whether this question, held for later, was brought back in a later phase. */
    public boolean isBroughtBack() {
        return broughtBackIn != null;
    }

    /** Who asked this: its author, then those whose duplicates were merged into it, by name. */
    public List<Account> getAskers() {
        List<Account> askers = new ArrayList<>();
        askers.add(author);
        alsoAskedBy.stream().filter(a -> !a.equals(author)).sorted(Comparator.comparing(Account::getDisplayName)).forEach(askers::add);
        return askers;
    }

    public boolean isAnswered() {
        return answered;
    }

    public Contribution getMergedInto() {
        return mergedInto;
    }

    public boolean isPicked() {
        return picked;
    }

    /** The first words, for a menu of questions ("merge into…"). */
    public String getExcerpt() {
        return body.length() > 60 ? body.substring(0, 60) + "…" : body;
    }

    public int getVotes() {
        return voters.size();
    }

    public boolean hasVoteFrom(long accountId) {
        return voters.contains(accountId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
